/**
 * Demo escalations (issue 16, item 3; migration 0018), as a Pinduoduo shop's desk would have left them:
 * - every case the platform is deciding now (平台处理中; at least two, see ensurePlatformCases) went agent → owner → platform; its evidence deadline runs as a
 *   desk task (the most recent one is due within hours), and most already have evidence sent;
 * - every disputed case that finished was decided: 平台拒绝退款 for the merchant, a refund for the buyer, every fourth
 *   refund split (the merchant bore part), with evidence sent and the clock met;
 * - cases waiting on the merchant went to the owner (the two most recent, one disputed case in three, one other in
 *   twenty); every fourth of those the owner already handed back with a decision.
 *
 * A pass after the cases are written, with its own random stream and id salt: other tables' rows stay as they were.
 * Skipped at a schema without the escalation tables (fixtures of older releases).
 */
import { dayMs, hourMs } from '../../../shared/domain/time';
import type { EscalationReason } from '../../../shared/domain/escalation';
import type { Sqlite } from '../db/connection';
import { rawCount, rawQuery } from '../db/raw-sql';
import { createIdFactory } from './codes';
import { createRng } from './prng';

interface DisputedCase {
  id: string;
  status: string;
  raw_status: string;
  requested_at: number;
  resolved_at: number | null;
  refund_fen: number;
  message_id: string | null;
  dispute: number;
}

const reasons: readonly EscalationReason[] = ['buyer_demands_platform', 'no_agreement', 'amount_over_limit', 'suspected_abuse'];
const notes: Partial<Record<EscalationReason, string>> = {
  buyer_demands_platform: '买家说不退款就申请平台介入',
  no_agreement: '补偿 10 元买家不接受，坚持全额退款不退货',
  amount_over_limit: '买家要求退款并赔偿运费，超出客服权限',
  suspected_abuse: '同一买家近 30 天第 3 次仅退款，图片与商品不符',
};
const evidenceLines = ['质检报告及照片', '发货前称重与打包视频', '物流签收记录截图', '商品详情页尺码说明截图'];

const hasEscalationTables = (db: Sqlite) =>
  rawCount(db, `SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'case_interventions'`, [], { cache: false }) > 0;

/**
 * A small seed ends before any refusal reaches the platform (平台处理中 comes from refusals still open at the seed's
 * end). The demo needs two to show an intervention running: the most recent refused cases (the buyer appeals a
 * refusal), else the most recent refund cases awaiting an answer, go to the platform as a newer
 * export would say; their merchant clocks stop as met (the merchant answered).
 */
const ensurePlatformCases = (db: Sqlite, until: number, wanted = 2): void => {
  const have = rawCount(db, `SELECT count(*) AS n FROM after_sales_cases WHERE status = 'platform_review' AND voided_at IS NULL`, [], {
    cache: false,
  });
  if (have >= wanted) return;
  const picked = rawQuery<{ id: string }>(
    db,
    `SELECT id FROM after_sales_cases WHERE voided_at IS NULL AND type IN ('refund_only', 'return_refund') AND status IN ('awaiting_buyer', 'pending_merchant')
     ORDER BY status = 'awaiting_buyer' DESC, type = 'refund_only' DESC, requested_at DESC LIMIT ${wanted - have}`,
    { cache: false },
  ).all();
  for (const { id } of picked) {
    db.prepare(
      `UPDATE after_sales_cases SET status = 'platform_review', raw_status = '平台处理中', dispute = 1, merchant_deadline_at = NULL WHERE id = ?`,
    ).run(id);
    db.prepare(
      `UPDATE case_clocks SET stopped_at = min(@until, max(armed_at, @until - 86400000)), stopped_reason = 'met'
       WHERE case_id = @id AND stopped_at IS NULL AND kind IN ('respond', 'refund')`,
    ).run({ id, until });
  }
};

export const writeEscalationStories = (db: Sqlite, seed: number, serviceId: string, ownerId: string, until: number): void => {
  if (!hasEscalationTables(db)) return;
  ensurePlatformCases(db, until);
  const rng = createRng(seed * 7919 + 18);
  const ids = createIdFactory(rng);
  const step = db.prepare(
    `INSERT INTO case_escalation_steps (id, case_id, action, level_after, reason, note, intervention_id, happened_at, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const level = db.prepare(
    `INSERT INTO case_escalation_levels (case_id, level, since_at, step_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET level = excluded.level, since_at = excluded.since_at, step_id = excluded.step_id`,
  );
  const clock = db.prepare(
    `INSERT INTO case_clocks (id, case_id, kind, due_at, armed_at, armed_by, armed_reason, stopped_at, stopped_by, stopped_reason)
     VALUES (?, ?, 'evidence', ?, ?, ?, 'entered', ?, ?, ?)`,
  );
  const intervention = db.prepare(
    `INSERT INTO case_interventions (id, case_id, opened_at, opened_by, evidence_due_at, evidence_clock_id, note,
       decision, decision_amount_fen, decided_at, decided_by, decision_note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const submission = db.prepare(
    `INSERT INTO case_evidence_submissions (id, intervention_id, submitted_at, note, recorded_at, recorded_by) VALUES (?, ?, ?, NULL, ?, ?)`,
  );
  const item = db.prepare(`INSERT INTO case_evidence_items (submission_id, position, kind, text, communication_id) VALUES (?, ?, ?, ?, ?)`);
  const move = (
    caseId: string,
    action: string,
    after: string,
    at: number,
    by: string,
    extra: { reason?: string; note?: string; iv?: string } = {},
  ) => {
    const id = ids(at);
    step.run(id, caseId, action, after, extra.reason ?? null, extra.note ?? null, extra.iv ?? null, at, at, by);
    if (action !== 'evidence') level.run(caseId, after, at, id);
  };
  const cases = rawQuery<DisputedCase>(
    db,
    `SELECT c.id, c.status, c.raw_status, c.requested_at, c.resolved_at, c.refund_fen, c.dispute,
       (SELECT m.id FROM communications m WHERE m.case_id = c.id ORDER BY m.at LIMIT 1) AS message_id
     FROM after_sales_cases c
     WHERE c.voided_at IS NULL AND (c.dispute = 1 AND c.status IN ('platform_review', 'succeeded', 'closed') OR c.waiting_on = 'merchant')
     ORDER BY c.requested_at, c.rowid`,
    { cache: false },
  ).all();
  const latestOpen = cases.filter((c) => c.status === 'platform_review').at(-1)?.id;
  // The owner's queue: the two most recent cases waiting on the merchant, then one disputed case in three and one
  // other in twenty (high amounts, odd requests); every fourth escalation the owner already answered.
  const toOwner = [...cases]
    .filter((c) => !['platform_review', 'succeeded', 'closed'].includes(c.status))
    .reverse()
    .filter((c, i) => i < 2 || (c.dispute === 1 ? i % 3 === 0 : i % 20 === 0));
  toOwner.forEach((c, e) => {
    const reason = rng.pick(reasons);
    const at = Math.min(c.requested_at + rng.int(2, 20) * hourMs, until - 3 * hourMs);
    move(c.id, 'to_owner', 'owner', at, serviceId, { reason, note: notes[reason] });
    if (e % 4 === 1) move(c.id, 'hand_back', 'agent', Math.min(at + 2 * hourMs, until), ownerId, { note: '同意部分退款 20 元，不用退货' });
  });
  for (const c of cases) {
    if (!['platform_review', 'succeeded', 'closed'].includes(c.status)) continue;
    const reason = rng.pick(reasons);
    const toOwnerAt = Math.min(c.requested_at + rng.int(2, 20) * hourMs, until - 3 * hourMs);
    const decided = c.status !== 'platform_review';
    const end = decided ? Math.min(c.resolved_at ?? until, until) : until;
    const openedAt = Math.max(toOwnerAt + hourMs, end - rng.int(2, 4) * dayMs);
    move(c.id, 'to_owner', 'owner', Math.min(toOwnerAt, openedAt - hourMs), serviceId, { reason, note: notes[reason] });
    const dueAt = decided
      ? openedAt + 3 * dayMs
      : c.id === latestOpen
        ? until + 5 * hourMs
        : Math.max(openedAt + 3 * dayMs, until + rng.int(20, 60) * hourMs);
    const sentAt = Math.min(openedAt + rng.int(3, 30) * hourMs, end);
    const sent = decided || (c.id !== latestOpen && rng.chance(0.6) && sentAt <= until);
    const decidedAt = decided ? end : null;
    const clockId = ids(openedAt);
    clock.run(clockId, c.id, dueAt, openedAt, ownerId, decidedAt, decided ? ownerId : null, decided ? 'met' : null);
    const ivId = ids(openedAt);
    const merchantWon = c.status === 'closed';
    const split = !merchantWon && rng.chance(0.25);
    const decision = !decided ? null : merchantWon ? 'merchant' : split ? 'split' : 'buyer';
    const amount = decision === null ? null : decision === 'merchant' ? 0 : split ? Math.round(c.refund_fen / 200) * 100 : c.refund_fen;
    intervention.run(
      ivId,
      c.id,
      openedAt,
      ownerId,
      dueAt,
      clockId,
      '买家申请平台介入',
      decision,
      amount,
      decidedAt,
      decidedAt === null ? null : ownerId,
      decision === 'merchant' ? '平台认可质检结论，驳回买家退款' : decision === 'split' ? '平台判定商家承担一半' : null,
    );
    move(c.id, 'to_platform', 'platform', openedAt, ownerId, { iv: ivId, note: '买家申请平台介入' });
    if (sent) {
      const subId = ids(sentAt);
      submission.run(subId, ivId, sentAt, sentAt, serviceId);
      const lines = [rng.pick(evidenceLines), rng.pick(evidenceLines)].filter((v, i, all) => all.indexOf(v) === i);
      lines.forEach((text, position) => item.run(subId, position, 'text', text, null));
      if (c.message_id) item.run(subId, lines.length, 'message', null, c.message_id);
      move(c.id, 'evidence', 'platform', sentAt, serviceId, { iv: ivId });
    }
    if (decidedAt !== null) move(c.id, 'decide', 'decided', decidedAt, ownerId, { iv: ivId });
  }
};

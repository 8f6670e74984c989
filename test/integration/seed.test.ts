import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTypes, mapCaseStatus, mapReasonCategory, reasonCategories } from '../../shared/domain/aftersales';
import { verifyPin } from '../../electron/backend/features/users/pin';
import { seedDatabase, type SeedSummary } from '../../electron/backend/seed/seed';
import { demoUsers } from '../../electron/backend/seed/demo-users';
import { startTestBackend, type TestBackend } from '../support/backend';

const until = Date.UTC(2026, 10, 22) - 8 * 3600_000; // 2026-11-22 00:00 China time
const seededTables = [
  'suppliers',
  'products',
  'skus',
  'lots',
  'orders',
  'order_lines',
  'after_sales_cases',
  'inspections',
  'inspection_defects',
  'communications',
  'case_clocks',
  'users',
  'case_remedies',
  'case_compensation',
  'case_interventions',
  'case_escalation_steps',
];

/**
 * A content hash per table. Store and defect-type ids come from first-run data (fresh ULIDs per database), so
 * they are replaced by what they stand for before hashing.
 */
const tableHashes = (t: TestBackend): Record<string, string> => {
  const defectCodes = new Map(
    (t.backend.db.prepare('SELECT id, code FROM defect_types').all() as Array<{ id: string; code: string }>).map((r) => [r.id, r.code]),
  );
  const hashes: Record<string, string> = {};
  for (const table of seededTables) {
    const hash = createHash('sha256');
    for (const row of t.backend.db.prepare(`SELECT * FROM ${table} ORDER BY id`).iterate() as Iterable<Record<string, unknown>>) {
      const { store_id: _store, ...rest } = row;
      if (typeof rest.defect_type_id === 'string') rest.defect_type_id = defectCodes.get(rest.defect_type_id);
      hash.update(JSON.stringify(rest));
    }
    hashes[table] = hash.digest('hex');
  }
  return hashes;
};

const scalar = (t: TestBackend, sql: string): number => (t.backend.db.prepare(sql).get() as { n: number }).n;

describe('seedDatabase', () => {
  let a: TestBackend;
  let b: TestBackend;
  let summary: SeedSummary;

  beforeAll(() => {
    a = startTestBackend();
    b = startTestBackend();
    summary = seedDatabase(a.backend.db, { orders: 3000, seed: 7, until });
    seedDatabase(b.backend.db, { orders: 3000, seed: 7, until });
  });
  afterAll(() => {
    a.close();
    b.close();
  });

  it('is deterministic: the same seed gives identical rows, another seed different ones', () => {
    const first = tableHashes(a);
    expect(tableHashes(b)).toEqual(first);
    const other = startTestBackend();
    try {
      seedDatabase(other.backend.db, { orders: 3000, seed: 8, until });
      const third = tableHashes(other);
      expect(third.orders).not.toBe(first.orders);
      expect(third.after_sales_cases).not.toBe(first.after_sales_cases);
    } finally {
      other.close();
    }
  });

  it('reports counts that match the tables, with the catalogue the brief asks for', () => {
    for (const [table, n] of Object.entries(summary.counts)) expect(scalar(a, `SELECT count(*) AS n FROM ${table}`), table).toBe(n);
    expect(summary.counts).toMatchObject({ orders: 3000, suppliers: 8, products: 20, skus: 61, users: 3 });
    expect(summary.counts.order_lines).toBeGreaterThan(3000);
    expect(scalar(a, `SELECT count(*) AS n FROM orders WHERE source <> 'seed'`)).toBe(0);
    expect(scalar(a, `SELECT count(*) AS n FROM after_sales_cases WHERE source <> 'seed'`)).toBe(0);
  });

  it('keeps foreign keys, and puts back every trigger and index it lifted for the load', () => {
    expect(a.backend.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(a.backend.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(a.backend.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const schemaOf = (t: TestBackend) =>
      t.backend.db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('index','trigger') ORDER BY name`).all();
    const fresh = startTestBackend();
    try {
      expect(schemaOf(a)).toEqual(schemaOf(fresh));
    } finally {
      fresh.close();
    }
  });

  it('writes consistent money and line counts on every order', () => {
    expect(
      scalar(
        a,
        `SELECT count(*) AS n FROM orders o WHERE o.goods_total_fen <> (SELECT sum(quantity * unit_price_fen) FROM order_lines l WHERE l.order_id = o.id)`,
      ),
    ).toBe(0);
    expect(
      scalar(
        a,
        `SELECT count(*) AS n FROM orders WHERE buyer_paid_fen <> goods_total_fen + postage_fen - shop_discount_fen - platform_discount_fen`,
      ),
    ).toBe(0);
    expect(
      scalar(a, `SELECT count(*) AS n FROM orders WHERE merchant_received_fen <> goods_total_fen + postage_fen - shop_discount_fen`),
    ).toBe(0);
    expect(scalar(a, `SELECT count(*) AS n FROM (SELECT order_id, count(*) AS c FROM order_lines GROUP BY order_id) WHERE c > 3`)).toBe(0);
    expect(
      scalar(
        a,
        `SELECT count(*) AS n FROM orders WHERE order_number NOT GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`,
      ),
    ).toBe(0);
    expect(scalar(a, `SELECT count(*) AS n FROM orders WHERE status = 'cancelled' AND tracking_number IS NOT NULL`)).toBe(0);
    expect(
      scalar(
        a,
        `SELECT count(*) AS n FROM after_sales_cases WHERE length(case_number) <> 12 OR refund_fen > order_amount_fen + 0 AND type = 'refund_only' AND 0`,
      ),
    ).toBe(0);
    expect(scalar(a, `SELECT count(*) AS n FROM after_sales_cases WHERE merchant_deadline_at <> requested_at + 48 * 3600000`)).toBe(0);
    expect(
      scalar(a, `SELECT count(*) AS n FROM skus WHERE barcode NOT GLOB '69[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`),
    ).toBe(0);
  });

  it('covers every case type and reason, with raw texts the import mappers understand', () => {
    const types = (a.backend.db.prepare('SELECT DISTINCT type FROM after_sales_cases').pluck().all() as string[]).sort();
    expect(types).toEqual([...caseTypes].sort());
    const reasons = (a.backend.db.prepare('SELECT DISTINCT reason_category FROM after_sales_cases').pluck().all() as string[]).sort();
    expect(reasons).toEqual([...reasonCategories].sort());
    const rows = a.backend.db.prepare('SELECT reason_text, reason_category, raw_status, status FROM after_sales_cases').all() as Array<
      Record<string, string>
    >;
    for (const row of rows) {
      expect(mapReasonCategory(row.reason_text!), row.reason_text).toBe(row.reason_category);
      // received and inspected are warehouse steps the platform does not show; every other status reads back.
      if (row.status !== 'received' && row.status !== 'inspected') expect(mapCaseStatus(row.raw_status!), row.raw_status).toBe(row.status);
    }
  });

  it('leaves parcels for the scan station: awaiting_return cases with a tracking number and nothing received', () => {
    const awaiting = scalar(
      a,
      `SELECT count(*) AS n FROM after_sales_cases WHERE status = 'awaiting_return' AND return_tracking_number IS NOT NULL AND received_at IS NULL`,
    );
    expect(awaiting).toBeGreaterThan(0);
    expect(summary.samples.awaitingReturnTracking.length).toBeGreaterThan(0);
    for (const code of summary.samples.awaitingReturnTracking) {
      const row = a.backend.db.prepare('SELECT status, received_at FROM after_sales_cases WHERE return_tracking_number = ?').get(code) as {
        status: string;
        received_at: number | null;
      };
      expect(row).toEqual({ status: 'awaiting_return', received_at: null });
    }
    for (const number of summary.samples.orderNumbers)
      expect(scalar(a, `SELECT count(*) AS n FROM orders WHERE order_number = '${number}'`)).toBe(1);
    for (const number of summary.samples.caseNumbers)
      expect(scalar(a, `SELECT count(*) AS n FROM after_sales_cases WHERE case_number = '${number}'`)).toBe(1);
  });

  it('inspects most received returns, and finds no defect behind some quality claims', () => {
    const received = scalar(a, `SELECT count(*) AS n FROM after_sales_cases WHERE received_at IS NOT NULL`);
    const inspected = scalar(a, `SELECT count(DISTINCT case_id) AS n FROM inspections WHERE kind = 'return' AND state = 'completed'`);
    expect(inspected / received).toBeGreaterThan(0.7);
    expect(
      scalar(
        a,
        `SELECT count(*) AS n FROM inspections i JOIN after_sales_cases c ON c.id = i.case_id WHERE c.received_at IS NULL OR i.started_at < c.received_at`,
      ),
    ).toBe(0);
    const noDefectOnQuality = scalar(
      a,
      `
      SELECT count(*) AS n FROM inspections i JOIN after_sales_cases c ON c.id = i.case_id
      WHERE c.reason_category = 'quality' AND i.claim_match = 'no'
        AND NOT EXISTS (SELECT 1 FROM inspection_defects d WHERE d.inspection_id = i.id)`,
    );
    expect(noDefectOnQuality).toBeGreaterThan(0);
    expect(scalar(a, `SELECT count(*) AS n FROM communications`)).toBeGreaterThan(10);
  });

  it('makes the bad lots (the ones failing their lot inspection) return far more often than other lots of the same SKUs', () => {
    const rates = a.backend.db
      .prepare(
        `
      WITH lot_state AS (
        SELECT lots.id, lots.sku_id, (i.grade = 'C') AS bad FROM lots JOIN inspections i ON i.lot_id = lots.id AND i.kind = 'lot'),
      bad_skus AS (SELECT DISTINCT sku_id FROM lot_state WHERE bad)
      SELECT s.bad, CAST(count(c.id) AS REAL) / count(l.id) AS rate
      FROM order_lines l
      JOIN lot_state s ON s.id = l.lot_id AND s.sku_id IN (SELECT sku_id FROM bad_skus)
      LEFT JOIN after_sales_cases c ON c.order_line_id = l.id
      GROUP BY s.bad ORDER BY s.bad`,
      )
      .all() as Array<{ bad: number; rate: number }>;
    expect(rates.map((r) => r.bad)).toEqual([0, 1]);
    expect(rates[1]!.rate).toBeGreaterThan(rates[0]!.rate * 2);
  });

  it('attributes sales to lots as the app would: labels on some inspected returns, FIFO estimates for the rest, within each lot', () => {
    const labelled = scalar(a, `SELECT count(*) AS n FROM order_lines WHERE lot_basis = 'label'`);
    const estimated = scalar(a, `SELECT count(*) AS n FROM order_lines WHERE lot_basis = 'fifo'`);
    expect(labelled).toBeGreaterThan(20);
    expect(estimated).toBeGreaterThan(labelled * 10);
    expect(
      scalar(a, `SELECT count(*) AS n FROM inspections i JOIN order_lines l ON l.lot_id = i.lot_id WHERE i.kind = 'return'`),
    ).toBeGreaterThan(0);
    // No lot gives more units than it received, but for the lines split across two lots (each stored whole against the
    // lot that gave most of its units): at most one such line at each end of a lot.
    const maxLine = scalar(a, `SELECT max(quantity) AS n FROM order_lines`);
    const overshoot = scalar(
      a,
      `SELECT max((SELECT COALESCE(sum(quantity), 0) FROM order_lines l WHERE l.lot_id = lots.id) - quantity) AS n FROM lots`,
    );
    expect(overshoot).toBeLessThanOrEqual(2 * maxLine);
  });

  it('tells remedy stories on some cases: offers, answers, one agreed remedy and the money it posted', () => {
    const db = a.backend.db;
    const story = (sql: string) =>
      scalar(a, `SELECT count(*) AS n FROM case_remedies r JOIN after_sales_cases c ON c.id = r.case_id WHERE ${sql}`);
    // The desk's everyday goodwill: a ¥5 coupon on a cheap item, ¥3 小额打款, a partial refund after a counter-offer, a resend.
    expect(story(`r.kind = 'coupon' AND r.amount_fen = 500 AND r.agreed_at IS NOT NULL`)).toBeGreaterThan(0);
    expect(story(`r.kind = 'small_payment' AND r.amount_fen = 300 AND r.agreed_at IS NOT NULL`)).toBeGreaterThan(0);
    expect(story(`r.kind = 'partial_refund' AND r.answer = 'counter_offer' AND r.answer_text <> ''`)).toBeGreaterThan(0);
    expect(story(`r.kind = 'resend' AND r.agreed_at IS NOT NULL`)).toBeGreaterThan(0);
    expect(story(`r.kind = 'coupon' AND r.answer = 'declined'`)).toBeGreaterThan(0);
    // Realistic sizes: a coupon never exceeds the item's price, a partial refund never the line's total.
    expect(story(`r.amount_fen > (SELECT l.unit_price_fen * c.requested_quantity FROM order_lines l WHERE l.id = c.order_line_id)`)).toBe(
      0,
    );
    // Order of events, and nothing after the seed's end.
    expect(story(`r.offered_at < c.requested_at OR r.answered_at < r.offered_at OR r.agreed_at < r.answered_at`)).toBe(0);
    expect(story(`max(r.offered_at, coalesce(r.answered_at, 0), coalesce(r.agreed_at, 0)) > ${until}`)).toBe(0);
    expect(story(`r.agreed_at IS NOT NULL AND r.answer IS NOT 'accepted'`)).toBe(0);
    // Every agreed remedy that pays money posted exactly that money, linked to it, in the ledger.
    const unposted = db
      .prepare(
        `SELECT r.id FROM case_remedies r WHERE r.agreed_at IS NOT NULL AND r.kind IN ('coupon', 'small_payment', 'partial_refund')
           AND NOT EXISTS (SELECT 1 FROM case_compensation l WHERE l.remedy_id = r.id AND l.amount_fen = r.amount_fen AND l.kind = r.kind)`,
      )
      .all();
    expect(unposted).toEqual([]);
    expect(scalar(a, `SELECT count(*) AS n FROM case_compensation WHERE paid_at > ${until} OR amount_fen <= 0`)).toBe(0);
  });

  it('gives the demo desk its clocks: the live deadline of every case awaiting an answer, open and done follow-ups', () => {
    expect(
      scalar(
        a,
        `SELECT count(*) AS n FROM after_sales_cases c WHERE c.source = 'seed' AND c.status = 'pending_merchant' AND c.voided_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM case_clocks k WHERE k.case_id = c.id AND k.stopped_at IS NULL AND k.kind = 'respond' AND k.due_at = c.merchant_deadline_at)`,
      ),
    ).toBe(0);
    expect(scalar(a, `SELECT count(*) AS n FROM case_clocks WHERE kind = 'respond'`)).toBeGreaterThan(0);
    expect(scalar(a, `SELECT count(*) AS n FROM case_clocks WHERE kind = 'follow_up' AND stopped_at IS NULL`)).toBeGreaterThan(0);
    expect(
      scalar(a, `SELECT count(*) AS n FROM case_clocks WHERE follow_up_outcome = 'answered' AND satisfaction BETWEEN 3 AND 5`),
    ).toBeGreaterThan(0);
    expect(scalar(a, `SELECT count(*) AS n FROM case_clocks WHERE follow_up_outcome = 'no_answer'`)).toBeGreaterThan(0);
  });

  it('escalates disputes: some with the owner, interventions open with their evidence clock (one due soon), decisions of each kind', () => {
    const count = (sql: string) => scalar(a, `SELECT count(*) AS n FROM ${sql}`);
    expect(count(`case_escalation_levels WHERE level = 'owner'`)).toBeGreaterThan(0);
    expect(count(`case_escalation_levels WHERE level = 'agent'`)).toBeGreaterThan(0);
    // Cases the platform is deciding now (平台处理中) are all with the platform, at least one even in a 3,000-order seed.
    const deciding = count(`after_sales_cases WHERE status = 'platform_review' AND voided_at IS NULL`);
    expect(deciding).toBeGreaterThanOrEqual(1);
    expect(count(`case_escalation_levels WHERE level = 'platform'`)).toBe(deciding);
    for (const decision of ['merchant', 'buyer', 'split'])
      expect(count(`case_interventions WHERE decision = '${decision}' AND decided_at <= ${until}`)).toBeGreaterThan(0);
    // Every open intervention runs its evidence clock on the desk; one is due within the next 12 hours.
    expect(
      count(`case_interventions i LEFT JOIN case_clocks k ON k.id = i.evidence_clock_id
             WHERE i.decided_at IS NULL AND (k.stopped_at IS NOT NULL OR k.id IS NULL)`),
    ).toBe(0);
    expect(
      count(`case_clocks WHERE kind = 'evidence' AND stopped_at IS NULL AND due_at BETWEEN ${until} AND ${until + 12 * 3600_000}`),
    ).toBe(1);
    // Nothing happened after the seed's "now", and every level row points at the case's last move.
    expect(count(`case_escalation_steps WHERE happened_at > ${until}`)).toBe(0);
    expect(
      count(`case_escalation_levels l WHERE l.step_id <> (SELECT s.id FROM case_escalation_steps s WHERE s.case_id = l.case_id
             AND s.action <> 'evidence' ORDER BY s.happened_at DESC, s.id DESC LIMIT 1)`),
    ).toBe(0);
  });

  it('replies to buyers from the reply templates in most threads, always fully filled, often with words of the agent', () => {
    const replies = a.backend.db
      .prepare(
        `SELECT m.text, m.template_id AS templateId, t.body_zh AS body FROM communications m
                LEFT JOIN reply_templates t ON t.id = m.template_id WHERE m.direction = 'outbound'`,
      )
      .all() as { text: string; templateId: string | null; body: string | null }[];
    const fromTemplates = replies.filter((r) => r.templateId !== null);
    expect(replies.length).toBeGreaterThan(10);
    expect(fromTemplates.length / replies.length).toBeGreaterThan(0.4);
    expect(fromTemplates.length).toBeLessThan(replies.length);
    for (const reply of fromTemplates) expect(reply.text, reply.templateId ?? '').not.toMatch(/\{[^{}]+\}/);
    expect(new Set(fromTemplates.map((r) => r.templateId)).size).toBeGreaterThan(3);
    // Most are made personal (a sentence added), a few sent as they came.
    const asTheyCame = fromTemplates.filter((r) => r.body !== null && !r.body.includes('{') && r.text === r.body).length;
    expect(asTheyCame).toBeLessThan(fromTemplates.length / 2);
  });

  it('creates demo users whose printed PINs really log in', async () => {
    expect(summary.users.map((u) => [u.name, u.role, u.pin])).toEqual(demoUsers.map((u) => [u.name, u.role, u.pin]));
    const hash = a.backend.db.prepare(`SELECT pin_hash FROM users WHERE name = 'inspector'`).pluck().get() as string;
    expect(await verifyPin('234567', hash)).toBe(true);
    expect(await verifyPin('111111', hash)).toBe(false);
  });
});

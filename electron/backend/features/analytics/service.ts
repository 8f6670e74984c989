import type { AnalyticsFilter, ServiceAnalytics } from '../../../../shared/contract/analytics.contract';
import type { PlatformDecision } from '../../../../shared/domain/escalation';
import { finishedCaseStatuses } from '../../../../shared/domain/aftersales';
import { nearestRank } from '../../../../shared/domain/metrics';
import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';
import { filterSql, type SqlPart } from './filter-sql';

/**
 * Service performance for the dashboard's cohort filter (docs/METRICS.md, "Service performance"): counted cases
 * (rl_case_facts: not voided, paid, not cancelled, any type) joined to the case itself. One scan reads the few
 * columns each figure needs as arrays (no row objects), and JavaScript sums them, so every figure comes from the
 * same rows; the compensation and satisfaction figures read their own small tables.
 */

/** Columns of one counted case, in this order (better-sqlite3 `raw()` rows). */
type CaseTuple = [
  month: string,
  assignee: string | null,
  requestedAt: number,
  respondedAt: number | null,
  resolvedAt: number | null,
  deadlineAt: number | null,
  dispute: 0 | 1,
  status: string,
  waitingOn: string,
  causeId: string | null,
  decision: PlatformDecision | null,
];

const finished = new Set<string>(finishedCaseStatuses);

const caseTuples = (db: Sqlite, w: SqlPart): CaseTuple[] =>
  prepared(
    db,
    `SELECT f.month, c.assignee_id, c.requested_at, c.responded_at, c.resolved_at, c.merchant_deadline_at, c.dispute, c.status,
       c.waiting_on, rc.cause_id,
       (SELECT i.decision FROM case_interventions i WHERE i.case_id = c.id AND i.decision IS NOT NULL
        ORDER BY i.decided_at DESC LIMIT 1)
     FROM rl_case_facts f JOIN after_sales_cases c ON c.id = f.case_id
     LEFT JOIN case_root_causes rc ON rc.case_id = f.case_id AND rc.replaced_at IS NULL
     WHERE ${w.sql} /* service_cases */`,
  )
    .raw(true)
    .all(...w.params) as CaseTuple[];

/**
 * How a platform intervention ended: the platform's decision when the escalation recorded it (for the merchant = won,
 * for the buyer = lost, split); otherwise, for a dispute decided outside the app, the end status says it (closed
 * without refund = won, refund succeeded = lost); anything else is pending.
 */
export const interventionOutcome = (t: CaseTuple): 'won' | 'lost' | 'split' | 'pending' => {
  const decision = t[10];
  if (decision !== null) return decision === 'merchant' ? 'won' : decision === 'buyer' ? 'lost' : 'split';
  return t[7] === 'closed' ? 'won' : t[7] === 'succeeded' ? 'lost' : 'pending';
};

/** Went overdue: answered after its deadline, or unanswered with the deadline passed (the deadline chart's "missed"). */
const wentOverdue = (t: CaseTuple, now: number): boolean => t[5] !== null && (t[3] !== null ? t[3] > t[5] : t[5] < now);

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

const percentiles = (values: number[]) => {
  values.sort((a, b) => a - b);
  return { count: values.length, p50Ms: nearestRank(values, 0.5), p90Ms: nearestRank(values, 0.9) };
};

export const serviceAnalytics = (db: Sqlite, filter: AnalyticsFilter, now: number): ServiceAnalytics => {
  const w = filterSql(filter, 'f');
  const tuples = caseTuples(db, w);
  const firstResponse: number[] = [];
  const resolution: number[] = [];
  const agents = new Map<string, { cases: number; resolved: number; disputes: number; overdue: number; response: number[] }>();
  const causes = new Map<string, { cases: number; disputes: number }>();
  const months = new Map<string, { cases: number; disputes: number; overdue: number }>();
  const outcomes = { won: 0, lost: 0, split: 0, pending: 0 };
  let disputes = 0;
  let resolved = 0;
  let resolvedWithout = 0;
  let withDeadline = 0;
  let overdue = 0;
  let overdueNow = 0;
  let noCause = 0;
  for (const t of tuples) {
    const [month, assignee, requestedAt, respondedAt, resolvedAt, deadlineAt, dispute, status, waitingOn, causeId] = t;
    const late = wentOverdue(t, now);
    const agent =
      agents.get(assignee ?? '') ??
      agents.set(assignee ?? '', { cases: 0, resolved: 0, disputes: 0, overdue: 0, response: [] }).get(assignee ?? '')!;
    const byMonth = months.get(month) ?? months.set(month, { cases: 0, disputes: 0, overdue: 0 }).get(month)!;
    agent.cases++;
    byMonth.cases++;
    if (respondedAt !== null) {
      const ms = Math.max(0, respondedAt - requestedAt);
      firstResponse.push(ms);
      agent.response.push(ms);
    }
    if (resolvedAt !== null && finished.has(status)) {
      resolved++;
      agent.resolved++;
      resolution.push(Math.max(0, resolvedAt - requestedAt));
      if (dispute === 0) resolvedWithout++;
    }
    if (dispute === 1) {
      disputes++;
      agent.disputes++;
      byMonth.disputes++;
      outcomes[interventionOutcome(t)]++;
    }
    if (deadlineAt !== null && (respondedAt !== null || deadlineAt < now)) withDeadline++;
    if (late) {
      overdue++;
      agent.overdue++;
      byMonth.overdue++;
    }
    if (waitingOn === 'merchant' && deadlineAt !== null && deadlineAt < now) overdueNow++;
    if (causeId === null) noCause++;
    else {
      const c = causes.get(causeId) ?? causes.set(causeId, { cases: 0, disputes: 0 }).get(causeId)!;
      c.cases++;
      if (dispute === 1) c.disputes++;
    }
  }

  const names = new Map(
    rawQuery<{ id: string; name: string }>(db, `SELECT id, name FROM users`)
      .all()
      .map((u) => [u.id, u.name]),
  );
  const causeNames = new Map(
    rawQuery<{ id: string; name_zh: string; name_en: string }>(db, `SELECT id, name_zh, name_en FROM root_causes`)
      .all()
      .map((c) => [c.id, { zh: c.name_zh, en: c.name_en }]),
  );
  const causeItems = [...causes].sort(([ka, a], [kb, b]) => b.cases - a.cases || ka.localeCompare(kb));
  const withCause = tuples.length - noCause;
  let running = 0;
  const decided = outcomes.won + outcomes.lost + outcomes.split;

  return {
    cases: tuples.length,
    disputes,
    firstResponse: percentiles(firstResponse),
    resolution: percentiles(resolution),
    resolved,
    resolvedWithoutIntervention: resolvedWithout,
    resolvedWithoutInterventionShare: share(resolvedWithout, resolved),
    escalationRate: share(disputes, tuples.length),
    intervention: { ...outcomes, winRate: share(outcomes.won, decided) },
    overdue: { withDeadline, wentOverdue: overdue, rate: share(overdue, withDeadline), overdueNow },
    compensationFen: compensationFen(db, w),
    satisfaction: satisfaction(db, w),
    byCause: {
      items: causeItems.map(([key, c]) => ({
        key,
        label: causeNames.get(key) ?? { zh: key, en: key },
        cases: c.cases,
        disputes: c.disputes,
        cumulativeShare: (running += c.cases) / withCause,
      })),
      noCause,
    },
    byAgent: [...agents]
      .map(([key, a]) => ({
        key,
        name: key === '' ? null : (names.get(key) ?? null),
        cases: a.cases,
        resolved: a.resolved,
        disputes: a.disputes,
        wentOverdue: a.overdue,
        firstResponseP50Ms: nearestRank(
          a.response.sort((x, y) => x - y),
          0.5,
        ),
      }))
      .sort((a, b) => b.cases - a.cases || a.key.localeCompare(b.key)),
    months: [...months].map(([month, m]) => ({ month, ...m })).sort((a, b) => a.month.localeCompare(b.month)),
  };
};

/** Live compensation-ledger entries of every kind on the counted cases (what the disputes cost beyond refunds). */
const compensationFen = (db: Sqlite, w: SqlPart): number =>
  rawQuery<{ n: number | null }>(
    db,
    `SELECT sum(l.amount_fen) AS n FROM case_compensation l JOIN rl_case_facts f ON f.case_id = l.case_id
     WHERE l.voided_at IS NULL AND ${w.sql}`,
  ).one(...w.params).n ?? 0;

/** Follow-ups the buyer answered with a 1–5 score, on the counted cases. */
const satisfaction = (db: Sqlite, w: SqlPart): { answers: number; average: number | null } => {
  const row = rawQuery<{ answers: number; average: number | null }>(
    db,
    `SELECT count(k.satisfaction) AS answers, avg(k.satisfaction) AS average FROM case_clocks k JOIN rl_case_facts f ON f.case_id = k.case_id
     WHERE k.kind = 'follow_up' AND k.follow_up_outcome = 'answered' AND k.satisfaction IS NOT NULL AND ${w.sql}`,
  ).one(...w.params);
  return { answers: row.answers, average: row.average };
};

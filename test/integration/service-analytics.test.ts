import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsFilter, ServiceAnalytics } from '../../shared/contract/analytics.contract';
import { startTestBackend, type TestBackend } from '../support/backend';
import { datasetUntil, seedAnalyticsDataset, type DatasetIds } from './analytics-dataset';
import { referenceQuery } from './analytics-reference';

/**
 * The dashboard's service section (docs/METRICS.md, "Service performance") recomputed with plain SQL over the raw
 * tables: the counted cases come from the quality reference's cohort (analytics-reference.ts), every figure from
 * after_sales_cases, case_root_causes, case_compensation and case_clocks directly; percentiles by nearest rank
 * with ORDER BY … LIMIT 1 OFFSET, per agent with window functions.
 */
let t: TestBackend;
let ids: DatasetIds;
const now = datasetUntil;

beforeAll(async () => {
  t = startTestBackend({ now: () => now });
  await t.withUsers();
  ids = seedAnalyticsDataset(t.backend.db);
  const db = t.backend.db;
  // Edges the seed does not produce: a replaced cause (only the current one counts), a cause on a voided case
  // (counted nowhere), a voided compensation entry (not a cost), a disputed case still open.
  const counted = (db.prepare(`SELECT case_id AS id FROM rl_case_facts ORDER BY case_id LIMIT 3`).all() as { id: string }[]).map(
    (r) => r.id,
  );
  for (const id of counted) db.prepare(`UPDATE after_sales_cases SET dispute = 1, status = 'platform_review' WHERE id = ?`).run(id);
  await t.call('causes.record', { caseId: counted[0]!, causeId: 'rc_product_defect' }, 'service');
  await t.call('causes.record', { caseId: counted[0]!, causeId: 'rc_slow_service', note: '两天没回复' }, 'owner');
  db.prepare(
    `INSERT INTO case_root_causes (id, case_id, cause_id, recorded_at)
     SELECT 'void-cause-' || id, id, 'rc_other', ? FROM after_sales_cases WHERE voided_at IS NOT NULL AND id NOT IN (SELECT case_id FROM case_root_causes)`,
  ).run(now);
  expect(
    db
      .prepare(`SELECT count(*) AS n FROM case_root_causes rc JOIN after_sales_cases c ON c.id = rc.case_id WHERE c.voided_at IS NOT NULL`)
      .get(),
  ).not.toEqual({ n: 0 });
  db.prepare(
    `UPDATE case_compensation SET voided_at = ?, void_reason = 'test' WHERE rowid IN (SELECT min(rowid) FROM case_compensation)`,
  ).run(now);
});
afterAll(() => t.close());

const reference = (f: AnalyticsFilter): ServiceAnalytics => {
  const db = t.backend.db;
  const counted = referenceQuery<{ id: string; month: string }>(db, f, 'cs', 'id, month');
  const idsJson = JSON.stringify(counted.map((c) => c.id));
  const inCohort = `c.id IN (SELECT value FROM json_each(@ids))`;
  const q = <T>(sql: string) => db.prepare(sql).all({ ids: idsJson, now }) as T[];
  const one = <T>(sql: string) => q<T>(sql)[0]!;
  const nearest = (expr: string, where: string, p: number) => {
    const n = one<{ n: number }>(`SELECT count(*) AS n FROM after_sales_cases c WHERE ${inCohort} AND ${where}`).n;
    if (n === 0) return null;
    return one<{ v: number }>(
      `SELECT ${expr} AS v FROM after_sales_cases c WHERE ${inCohort} AND ${where} ORDER BY v LIMIT 1 OFFSET ${Math.ceil(p * n) - 1}`,
    ).v;
  };
  const pct = (expr: string, where: string) => ({
    count: one<{ n: number }>(`SELECT count(*) AS n FROM after_sales_cases c WHERE ${inCohort} AND ${where}`).n,
    p50Ms: nearest(expr, where, 0.5),
    p90Ms: nearest(expr, where, 0.9),
  });
  const answered = 'c.responded_at IS NOT NULL';
  // The platform's last recorded decision wins; a dispute without one is judged by its end status.
  const lastDecision = `(SELECT i.decision FROM case_interventions i WHERE i.case_id = c.id AND i.decided_at IS NOT NULL ORDER BY i.decided_at DESC LIMIT 1)`;
  const decided = (decision: string, status: string) =>
    `(${lastDecision} = '${decision}' OR (${lastDecision} IS NULL AND c.status = '${status}'))`;
  const resolvedWhere = `c.resolved_at IS NOT NULL AND c.status IN ('succeeded', 'closed')`;
  const late = `(c.merchant_deadline_at IS NOT NULL AND (CASE WHEN c.responded_at IS NOT NULL THEN c.responded_at > c.merchant_deadline_at ELSE c.merchant_deadline_at < @now END))`;
  const totals = one<{
    cases: number;
    disputes: number;
    resolved: number;
    without: number;
    won: number;
    lost: number;
    split: number;
    pending: number;
    withDeadline: number;
    late: number;
    overdueNow: number;
  }>(
    `SELECT count(*) AS cases, coalesce(sum(c.dispute), 0) AS disputes,
       count(*) FILTER (WHERE ${resolvedWhere}) AS resolved, count(*) FILTER (WHERE ${resolvedWhere} AND c.dispute = 0) AS without,
       count(*) FILTER (WHERE c.dispute = 1 AND ${decided('merchant', 'closed')}) AS won,
       count(*) FILTER (WHERE c.dispute = 1 AND ${decided('buyer', 'succeeded')}) AS lost,
       count(*) FILTER (WHERE c.dispute = 1 AND ${lastDecision} = 'split') AS split,
       count(*) FILTER (WHERE c.dispute = 1 AND ${lastDecision} IS NULL AND c.status NOT IN ('closed', 'succeeded')) AS pending,
       count(*) FILTER (WHERE c.merchant_deadline_at IS NOT NULL AND (c.responded_at IS NOT NULL OR c.merchant_deadline_at < @now)) AS withDeadline,
       count(*) FILTER (WHERE ${late}) AS late,
       count(*) FILTER (WHERE c.status IN ('pending_merchant', 'received', 'inspected') AND c.merchant_deadline_at < @now) AS overdueNow
     FROM after_sales_cases c WHERE ${inCohort}`,
  );
  const rate = (a: number, b: number) => (b > 0 ? a / b : 0);
  const causes = q<{ key: string; zh: string; en: string; cases: number; disputes: number }>(
    `SELECT r.id AS key, r.name_zh AS zh, r.name_en AS en, count(*) AS cases, sum(c.dispute) AS disputes
     FROM after_sales_cases c JOIN case_root_causes rc ON rc.case_id = c.id AND rc.replaced_at IS NULL JOIN root_causes r ON r.id = rc.cause_id
     WHERE ${inCohort} GROUP BY r.id ORDER BY cases DESC, r.id`,
  );
  const withCause = causes.reduce((s, c) => s + c.cases, 0);
  let running = 0;
  const agents = q<{
    key: string;
    name: string | null;
    cases: number;
    resolved: number;
    disputes: number;
    late: number;
    p50: number | null;
  }>(
    `WITH ranked AS (
       SELECT coalesce(c.assignee_id, '') AS key, c.responded_at - c.requested_at AS d,
         row_number() OVER (PARTITION BY coalesce(c.assignee_id, '') ORDER BY c.responded_at - c.requested_at) AS rn,
         count(*) OVER (PARTITION BY coalesce(c.assignee_id, '')) AS n
       FROM after_sales_cases c WHERE ${inCohort} AND ${answered})
     SELECT coalesce(c.assignee_id, '') AS key, u.name AS name, count(*) AS cases, count(*) FILTER (WHERE ${resolvedWhere}) AS resolved,
       sum(c.dispute) AS disputes, count(*) FILTER (WHERE ${late}) AS late,
       (SELECT max(0, d) FROM ranked r WHERE r.key = coalesce(c.assignee_id, '') AND r.rn = CAST(ceil(0.5 * r.n) AS INTEGER)) AS p50
     FROM after_sales_cases c LEFT JOIN users u ON u.id = c.assignee_id WHERE ${inCohort}
     GROUP BY 1 ORDER BY cases DESC, key`,
  );
  const months = new Map<string, { cases: number; disputes: number; overdue: number }>();
  const perCase = new Map(
    q<{ id: string; dispute: number; late: number }>(
      `SELECT c.id, c.dispute, ${late} AS late FROM after_sales_cases c WHERE ${inCohort}`,
    ).map((r) => [r.id, r]),
  );
  for (const c of counted) {
    const m = months.get(c.month) ?? months.set(c.month, { cases: 0, disputes: 0, overdue: 0 }).get(c.month)!;
    m.cases++;
    m.disputes += perCase.get(c.id)!.dispute;
    m.overdue += perCase.get(c.id)!.late;
  }
  const satisfaction = one<{ answers: number; average: number | null }>(
    `SELECT count(*) AS answers, avg(k.satisfaction) AS average FROM case_clocks k JOIN after_sales_cases c ON c.id = k.case_id
     WHERE ${inCohort} AND k.kind = 'follow_up' AND k.follow_up_outcome = 'answered' AND k.satisfaction IS NOT NULL`,
  );
  return {
    cases: totals.cases,
    disputes: totals.disputes,
    firstResponse: pct('max(0, c.responded_at - c.requested_at)', answered),
    resolution: pct('max(0, c.resolved_at - c.requested_at)', resolvedWhere),
    resolved: totals.resolved,
    resolvedWithoutIntervention: totals.without,
    resolvedWithoutInterventionShare: rate(totals.without, totals.resolved),
    escalationRate: rate(totals.disputes, totals.cases),
    intervention: {
      won: totals.won,
      lost: totals.lost,
      split: totals.split,
      pending: totals.pending,
      winRate: rate(totals.won, totals.won + totals.lost + totals.split),
    },
    overdue: {
      withDeadline: totals.withDeadline,
      wentOverdue: totals.late,
      rate: rate(totals.late, totals.withDeadline),
      overdueNow: totals.overdueNow,
    },
    compensationFen:
      one<{ n: number | null }>(
        `SELECT sum(l.amount_fen) AS n FROM case_compensation l JOIN after_sales_cases c ON c.id = l.case_id WHERE ${inCohort} AND l.voided_at IS NULL`,
      ).n ?? 0,
    satisfaction,
    byCause: {
      items: causes.map((c) => ({
        key: c.key,
        label: { zh: c.zh, en: c.en },
        cases: c.cases,
        disputes: c.disputes,
        cumulativeShare: (running += c.cases) / withCause,
      })),
      noCause: totals.cases - withCause,
    },
    byAgent: agents.map((a) => ({
      key: a.key,
      name: a.name,
      cases: a.cases,
      resolved: a.resolved,
      disputes: a.disputes,
      wentOverdue: a.late,
      firstResponseP50Ms: a.p50,
    })),
    months: [...months].map(([month, m]) => ({ month, ...m })).sort((a, b) => a.month.localeCompare(b.month)),
  };
};

const compare = async (filter: AnalyticsFilter) => {
  const answer = await t.call('analytics.service', { filter }, 'service');
  const expected = reference(filter);
  const close = (v: ServiceAnalytics) =>
    JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' ? Math.round(x * 1e9) / 1e9 : x))) as unknown;
  expect(close(answer), JSON.stringify(filter)).toEqual(close(expected));
};

describe('service analytics equal plain SQL over the raw tables', () => {
  it('on a seeded dataset that has something in every figure', async () => {
    const all = await t.call('analytics.service', {}, 'owner');
    expect(all.cases).toBeGreaterThan(300);
    expect(all.disputes).toBeGreaterThan(0);
    expect(all.firstResponse.count).toBeGreaterThan(100);
    expect(all.resolution.count).toBeGreaterThan(100);
    expect(all.intervention.pending).toBeGreaterThan(0);
    expect(all.overdue.wentOverdue).toBeGreaterThan(0);
    expect(all.compensationFen).toBeGreaterThan(0);
    expect(all.satisfaction.answers).toBeGreaterThan(0);
    expect(all.byCause.items.length).toBeGreaterThan(5);
    expect(all.byCause.noCause).toBeGreaterThan(0);
    expect(all.byAgent.some((a) => a.key !== '')).toBe(true);
    await compare({});
  });

  it('with each filter and combinations', async () => {
    const filters: AnalyticsFilter[] = [
      { from: '2026-02', to: '2026-05' },
      { from: '2026-09' },
      { storeId: ids.stores[1] },
      { productId: ids.products[1] },
      { skuId: ids.skus[4] },
      { supplierId: ids.suppliers[0] },
      { supplierId: ids.suppliers.at(-1) },
      { lotId: ids.lots[2] },
      { from: '2026-03', storeId: ids.stores[0], supplierId: ids.suppliers[2] },
    ];
    for (const filter of filters) await compare(filter);
  });

  it('drills a root-cause bar down to exactly the counted cases with that current cause', async () => {
    for (const filter of [{}, { storeId: ids.stores[1] }] as AnalyticsFilter[]) {
      const { byCause } = await t.call('analytics.service', { filter }, 'owner');
      for (const item of byCause.items.slice(0, 4)) {
        const drill = await t.call('analytics.drill', { filter, target: { chart: 'cause', causeId: item.key } }, 'owner');
        expect(drill.total, `${item.key} ${JSON.stringify(filter)}`).toBe(item.cases);
      }
    }
  });

  it('is read by every role that sees the dashboard', async () => {
    for (const role of ['owner', 'inspector', 'service']) expect(await t.raw('analytics.service', {}, role)).toMatchObject({ ok: true });
  });
});

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../../shared/contract/scorecard.contract';
import { datasetUntil, seedAnalyticsDataset } from '../../../../test/integration/analytics-dataset';
import { referenceQuery } from '../../../../test/integration/analytics-reference';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';

/**
 * The scorecard and the QC-vs-returns chart against plain SQL over the RAW tables (no rollups, no app code), on the
 * dashboard correctness test's dataset (the seed plus its edges: suppliers resolved at lot, SKU and product level,
 * voided cases, unpaid orders, re-inspections). Written from docs/METRICS.md, "Supplier scorecard".
 */
let t: TestBackend;
const period = { from: '2025-06', to: '2026-11' };
const returned = `type IN ('return_refund', 'exchange')`;

beforeAll(async () => {
  t = startTestBackend({ now: () => datasetUntil });
  await t.withUsers();
  seedAnalyticsDataset(t.backend.db);
  reinspectSomeLots();
  labelSomeLines();
  judgeSomeLots();
});

/**
 * The seed judges its lots through the AQL path (features/aql: one incoming inspection per lot); one more lot's
 * inspection is left open (unfinished), which judges nothing.
 */
const judgeSomeLots = () => {
  const db = t.backend.db;
  const open = db.prepare(`SELECT inspection_id FROM aql_lot_inspections WHERE verdict = 'accept' ORDER BY lot_id LIMIT 1`).get() as
    { inspection_id: string } | undefined;
  if (open)
    db.prepare(`UPDATE aql_lot_inspections SET verdict = 'open', completed_at = NULL WHERE inspection_id = ?`).run(open.inspection_id);
};

/** The inspector scanned the lot label on every third line that has a lot; the rest were attributed by FIFO. */
const labelSomeLines = () =>
  t.backend.db.exec(`UPDATE order_lines SET lot_basis = CASE WHEN rowid % 3 = 0 THEN 'label' ELSE 'fifo' END WHERE lot_id IS NOT NULL`);

/** Units sold on labelled lines of a supplier's lots in the period (paid month, China time; cancelled orders out). */
const labelledSold = (supplierId: string) =>
  q<{ n: number | null }>(
    `SELECT sum(ol.quantity) AS n FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN lots l ON l.id = ol.lot_id
     JOIN skus k ON k.id = l.sku_id JOIN products p ON p.id = k.product_id
     WHERE ol.lot_basis = 'label' AND o.paid_at IS NOT NULL AND o.status <> 'cancelled'
       AND strftime('%Y-%m', datetime(o.paid_at / 1000, 'unixepoch', '+8 hours')) BETWEEN ? AND ?
       AND COALESCE(l.supplier_id, k.supplier_id, p.supplier_id) = ?`,
    period.from,
    period.to,
    supplierId,
  )[0]?.n ?? 0;

/**
 * The seed inspects each lot once; the latest completed lot inspection is what counts. Three lots get a later
 * completed re-inspection (another sample, one critical defect), then a still later voided one and a draft.
 */
const reinspectSomeLots = () => {
  const db = t.backend.db;
  const lots = db
    .prepare(`SELECT lot_id, inspector_id, completed_at FROM inspections WHERE kind = 'lot' AND state = 'completed' ORDER BY id LIMIT 3`)
    .all() as Array<{ lot_id: string; inspector_id: string; completed_at: number }>;
  const critical = db.prepare(`SELECT id FROM defect_types ORDER BY sort_order LIMIT 1`).get() as { id: string };
  const add =
    db.prepare(`INSERT INTO inspections (id, kind, lot_id, inspector_id, state, started_at, completed_at, quantity, sample_size, updated_at)
    VALUES (?, 'lot', ?, ?, ?, ?, ?, 1, ?, ?)`);
  lots.forEach((lot, i) => {
    const at = lot.completed_at + 86_400_000;
    add.run(`re-${i}`, lot.lot_id, lot.inspector_id, 'completed', at, at, 125, at);
    db.prepare(`INSERT INTO inspection_defects (id, inspection_id, defect_type_id, class, quantity) VALUES (?, ?, ?, 'critical', 1)`).run(
      `re-d-${i}`,
      `re-${i}`,
      critical.id,
    );
    add.run(`re-void-${i}`, lot.lot_id, lot.inspector_id, 'voided', at + 1000, at + 2000, 999, at + 2000);
    add.run(`re-draft-${i}`, lot.lot_id, lot.inspector_id, 'draft', at + 3000, null, 999, at + 3000);
  });
};
afterAll(() => t.close());

const q = <T>(sql: string, ...params: unknown[]) => t.backend.db.prepare(sql).all(...params) as T[];
const chinaMonth = (col: string) => `strftime('%Y-%m', datetime(${col} / 1000, 'unixepoch', '+8 hours'))`;

/** A lot's latest completed lot inspection, written with a window function (the app uses NOT EXISTS). */
const latestLotQc = `
  WITH ranked AS (
    SELECT i.*, row_number() OVER (PARTITION BY i.lot_id ORDER BY i.completed_at DESC, i.id DESC) AS n
    FROM inspections i WHERE i.kind = 'lot' AND i.state = 'completed' AND i.lot_id IS NOT NULL
  )
  SELECT r.lot_id, COALESCE(r.sample_size, r.quantity) AS sampled,
    (SELECT COALESCE(sum(d.quantity), 0) FROM inspection_defects d WHERE d.inspection_id = r.id AND d.class = 'critical') AS critical,
    (SELECT COALESCE(sum(d.quantity), 0) FROM inspection_defects d WHERE d.inspection_id = r.id AND d.class = 'major') AS major,
    (SELECT COALESCE(sum(d.quantity), 0) FROM inspection_defects d WHERE d.inspection_id = r.id AND d.class = 'minor') AS minor
  FROM ranked r WHERE r.n = 1`;

describe('scorecard.suppliers against plain SQL', () => {
  let card: Scorecard;
  beforeAll(async () => {
    card = await t.call('scorecard.suppliers', { period });
  });

  it('covers every supplier and every month of the period', () => {
    const suppliers = q<{ id: string }>('SELECT id FROM suppliers ORDER BY name, id').map((s) => s.id);
    expect(card.suppliers.map((s) => s.supplierId)).toEqual(suppliers);
    expect(card.months).toHaveLength(18);
    expect(card.months[0]).toBe('2025-06');
    expect(card.suppliers.every((s) => s.trend.length === 18)).toBe(true);
    // The dataset must exercise what the test checks.
    expect(card.suppliers.filter((s) => s.unitsSold > 0).length).toBeGreaterThan(1);
    expect(card.suppliers.some((s) => s.supplierFaultUnits > 0 && s.pareto.length > 1)).toBe(true);
    expect(card.suppliers.some((s) => s.sampledUnits > 0)).toBe(true);
  });

  it('sales, returns, cost and trend equal the dashboard definitions recomputed from raw tables', () => {
    for (const s of card.suppliers) {
      const f = { ...period, supplierId: s.supplierId };
      const sold = referenceQuery<{ n: number | null }>(t.backend.db, f, 'sold', 'sum(units) AS n')[0]?.n ?? 0;
      const [c] = referenceQuery<{ ret: number | null; cost: number | null }>(
        t.backend.db,
        f,
        'cs',
        `sum(CASE WHEN ${returned} THEN units END) AS ret, sum(CASE WHEN ${returned} THEN refund_fen + freight + writeoff END) AS cost`,
      );
      expect({ id: s.supplierId, sold: s.unitsSold, ret: s.unitsReturned, cost: s.costOfReturnsFen }).toEqual({
        id: s.supplierId,
        sold,
        ret: c?.ret ?? 0,
        cost: c?.cost ?? 0,
      });
      expect(s.returnRate).toBeCloseTo(sold > 0 ? (c?.ret ?? 0) / sold : 0, 12);
      const soldByMonth = new Map(
        referenceQuery<{ month: string; n: number }>(t.backend.db, f, 'sold', 'month, sum(units) AS n', 'GROUP BY month').map((r) => [
          r.month,
          r.n,
        ]),
      );
      const retByMonth = new Map(
        referenceQuery<{ month: string; n: number }>(t.backend.db, f, 'cs', 'month, sum(units) AS n', `AND ${returned} GROUP BY month`).map(
          (r) => [r.month, r.n],
        ),
      );
      for (const m of s.trend) {
        expect([s.supplierId, m.month, m.unitsSold, m.unitsReturned]).toEqual([
          s.supplierId,
          m.month,
          soldByMonth.get(m.month) ?? 0,
          retByMonth.get(m.month) ?? 0,
        ]);
      }
      // Units sold from lots: labelled where the inspector scanned the label, the rest estimated by FIFO.
      const fromLots =
        referenceQuery<{ n: number | null }>(t.backend.db, f, 'sold', 'sum(units) AS n', 'AND lot_id IS NOT NULL')[0]?.n ?? 0;
      const labelled = labelledSold(s.supplierId);
      expect(labelled).toBeGreaterThan(0);
      expect([s.labelledUnits, s.estimatedUnits, s.noLotUnits]).toEqual([labelled, fromLots - labelled, sold - fromLots]);
    }
  });

  it('supplier-fault returns, their cost and their defect Pareto come from the latest completed inspection', () => {
    for (const s of card.suppliers) {
      const f = { ...period, supplierId: s.supplierId };
      const fault = `AND ${returned} AND inspection_id IN (SELECT id FROM inspections WHERE fault = 'supplier')`;
      const [c] = referenceQuery<{ units: number | null; cost: number | null }>(
        t.backend.db,
        f,
        'cs',
        'sum(units) AS units, sum(refund_fen + freight + writeoff) AS cost',
        fault,
      );
      expect([s.supplierId, s.supplierFaultUnits, s.supplierFaultCostFen]).toEqual([s.supplierId, c?.units ?? 0, c?.cost ?? 0]);
      const byType = referenceQuery<{ key: string; units: number }>(
        t.backend.db,
        f,
        'findings',
        'key, sum(units) AS units',
        `${fault} AND key NOT IN ('no_defect', 'not_inspected') GROUP BY key ORDER BY units DESC, key`,
      );
      expect(s.pareto.map((p) => [p.key, p.units])).toEqual(byType.map((r) => [r.key, r.units]));
      if (s.pareto.length > 0) expect(s.pareto.at(-1)?.cumulativeShare).toBeCloseTo(1, 12);
    }
  });

  it('lots received and their incoming QC defects by class, by the month received', () => {
    const lots = q<{ sup: string; month: string; lots: number; sampled: number; critical: number; major: number; minor: number }>(
      `WITH qc AS (${latestLotQc})
      SELECT COALESCE(l.supplier_id, k.supplier_id, p.supplier_id) AS sup, ${chinaMonth('l.received_at')} AS month, count(*) AS lots,
        COALESCE(sum(qc.sampled), 0) AS sampled, COALESCE(sum(qc.critical), 0) AS critical, COALESCE(sum(qc.major), 0) AS major,
        COALESCE(sum(qc.minor), 0) AS minor
      FROM lots l JOIN skus k ON k.id = l.sku_id JOIN products p ON p.id = k.product_id LEFT JOIN qc ON qc.lot_id = l.id
      WHERE ${chinaMonth('l.received_at')} BETWEEN ? AND ? GROUP BY sup, month`,
      period.from,
      period.to,
    );
    expect(lots.length).toBeGreaterThan(0);
    expect(card.suppliers.reduce((n, s) => n + s.lotsAccepted, 0)).toBeGreaterThan(0);
    expect(card.suppliers.reduce((n, s) => n + s.lotsRejected, 0)).toBeGreaterThan(0);
    for (const s of card.suppliers) {
      const mine = lots.filter((l) => l.sup === s.supplierId);
      const total = (k: 'lots' | 'sampled' | 'critical' | 'major' | 'minor') => mine.reduce((n, l) => n + l[k], 0);
      expect([s.supplierId, s.lotsReceived, s.sampledUnits, s.defectsByClass]).toEqual([
        s.supplierId,
        total('lots'),
        total('sampled'),
        { critical: total('critical'), major: total('major'), minor: total('minor') },
      ]);
      if (s.sampledUnits > 0) {
        expect(s.qcPer100?.total).toBeCloseTo(((total('critical') + total('major') + total('minor')) * 100) / total('sampled'), 12);
      }
      for (const m of s.trend) expect(m.lotsReceived).toBe(mine.find((l) => l.month === m.month)?.lots ?? 0);
      // The AQL verdicts: each lot's completed incoming inspection; lots without one are "not judged".
      const judged = q<{ verdict: string; n: number }>(
        `SELECT a.verdict, count(*) AS n FROM aql_lot_inspections a JOIN lots l ON l.id = a.lot_id
         JOIN skus k ON k.id = l.sku_id JOIN products p ON p.id = k.product_id
         WHERE a.verdict <> 'open' AND COALESCE(l.supplier_id, k.supplier_id, p.supplier_id) = ? AND l.received_at IS NOT NULL
           AND strftime('%Y-%m', datetime(l.received_at / 1000, 'unixepoch', '+8 hours')) BETWEEN ? AND ?
         GROUP BY a.verdict`,
        s.supplierId,
        period.from,
        period.to,
      );
      const accepted = judged.find((j) => j.verdict === 'accept')?.n ?? 0;
      const rejected = judged.find((j) => j.verdict === 'reject')?.n ?? 0;
      expect([s.lotsAccepted, s.lotsRejected, s.lotsNotJudged]).toEqual([accepted, rejected, s.lotsReceived - accepted - rejected]);
      expect(s.acceptanceRate).toBe(accepted + rejected > 0 ? accepted / (accepted + rejected) : null);
      expect(s.openActions).toEqual({
        count: q<{ n: number }>(`SELECT count(*) AS n FROM corrective_actions WHERE supplier_id = ? AND status = 'open'`, s.supplierId)[0]
          ?.n,
        source: 'recorded',
      });
    }
  });

  it('counts the open corrective actions raised against each supplier, not the closed ones', async () => {
    const before = await t.call('scorecard.suppliers', { period });
    const supplier = before.suppliers[0]!;
    const owner = q<{ id: string }>(`SELECT id FROM users WHERE role = 'owner' AND active = 1 LIMIT 1`)[0]!.id;
    const raise = (what: string) =>
      t.call(
        'causes.createAction',
        { what, ownerId: owner, dueAt: datasetUntil + 7 * 86_400_000, supplierId: supplier.supplierId },
        'owner',
      );
    await raise('加严来料检验：拉链');
    const done = await raise('更换包装材料');
    await t.call('causes.completeAction', { id: done.id, outcome: '已更换为加厚纸箱' }, 'owner');
    const after = await t.call('scorecard.suppliers', { period });
    expect(after.suppliers.find((s) => s.supplierId === supplier.supplierId)?.openActions).toEqual({
      count: supplier.openActions.count + 1,
      source: 'recorded',
    });
  });
});

describe('scorecard.qcVsReturns against plain SQL', () => {
  it('plots each lot of the SKU: QC defects per 100 sampled against its return rate, sized by units sold', async () => {
    const chart = await t.call('scorecard.qcVsReturns', { period });
    expect(chart.skuId).not.toBeNull();
    const f = { ...period, skuId: chart.skuId ?? '' };
    const sold = referenceQuery<{ lot: string; n: number }>(
      t.backend.db,
      f,
      'sold',
      'lot_id AS lot, sum(units) AS n',
      'AND lot_id IS NOT NULL GROUP BY lot_id',
    );
    const ret = new Map(
      referenceQuery<{ lot: string; n: number }>(
        t.backend.db,
        f,
        'cs',
        'lot_id AS lot, sum(units) AS n',
        `AND ${returned} AND lot_id IS NOT NULL GROUP BY lot_id`,
      ).map((r) => [r.lot, r.n]),
    );
    const qc = new Map(
      q<{ lot_id: string; sampled: number; critical: number; major: number; minor: number }>(latestLotQc).map((r) => [r.lot_id, r]),
    );
    const withSales = sold.filter((r) => r.n > 0);
    expect(chart.points.map((p) => p.lotId).sort()).toEqual(withSales.map((r) => r.lot).sort());
    const skuRate = withSales.reduce((n, r) => n + (ret.get(r.lot) ?? 0), 0) / withSales.reduce((n, r) => n + r.n, 0);
    expect(chart.skuReturnRate).toBeCloseTo(skuRate, 12);
    for (const p of chart.points) {
      const units = withSales.find((r) => r.lot === p.lotId)?.n ?? 0;
      const found = qc.get(p.lotId);
      const per100 = found ? ((found.critical + found.major + found.minor) * 100) / found.sampled : null;
      const rate = (ret.get(p.lotId) ?? 0) / units;
      const labelled =
        q<{ n: number | null }>(
          `SELECT sum(ol.quantity) AS n FROM order_lines ol JOIN orders o ON o.id = ol.order_id
         WHERE ol.lot_id = ? AND ol.lot_basis = 'label' AND o.paid_at IS NOT NULL AND o.status <> 'cancelled'
           AND strftime('%Y-%m', datetime(o.paid_at / 1000, 'unixepoch', '+8 hours')) BETWEEN ? AND ?`,
          p.lotId,
          period.from,
          period.to,
        )[0]?.n ?? 0;
      expect([p.lotId, p.unitsSold, p.unitsReturned, p.labelledUnits, p.basis]).toEqual([
        p.lotId,
        units,
        ret.get(p.lotId) ?? 0,
        labelled,
        labelled === units ? 'labelled' : labelled === 0 ? 'estimated' : 'mixed',
      ]);
      if (per100 === null) expect(p.qcPer100).toBeNull();
      else expect(p.qcPer100).toBeCloseTo(per100, 12);
      expect(p.escapedQc).toBe(per100 !== null && per100 <= 2.5 && units >= 30 && rate > 0 && rate >= 2 * skuRate);
    }
  });

  it('picks another SKU on request and refuses one that does not exist', async () => {
    const chart = await t.call('scorecard.qcVsReturns', { period });
    const other = chart.skus.find((k) => k.skuId !== chart.skuId && k.lots > 0);
    expect(other).toBeDefined();
    const again = await t.call('scorecard.qcVsReturns', { period, skuId: other?.skuId ?? '' });
    expect(again.skuId).toBe(other?.skuId);
    const missing = await t.raw('scorecard.qcVsReturns', { period, skuId: 'no-such-sku' });
    expect(missing.ok ? null : [missing.error.code, missing.error.reason]).toEqual(['NOT_FOUND', 'sku_not_found']);
  });
});

describe('scorecard exports', () => {
  it('writes an XLSX that reads back with the same figures, headers in the chosen language', async () => {
    const card = await t.call('scorecard.suppliers', { period });
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const file = await t.call('scorecard.exportXlsx', { period, locale });
      expect(file.fileName).toBe('returnlens-supplier-scorecard-2025-06_2026-11.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      expect(book.worksheets.map((s) => s.name)).toEqual(
        locale === 'zh-CN'
          ? ['供应商评分卡', '月度趋势', '供应商责任缺陷']
          : ['Supplier scorecard', 'Trend by month', 'Supplier-fault defects'],
      );
      const sheet = book.worksheets[0];
      expect(sheet?.getRow(1).getCell(1).value).toBe(locale === 'zh-CN' ? '供应商' : 'Supplier');
      expect(sheet?.rowCount).toBe(card.suppliers.length + 1);
      const first = card.suppliers[0];
      expect(sheet?.getRow(2).getCell(1).value).toBe(first?.name);
      expect(sheet?.getRow(2).getCell(12).value).toBe(first?.unitsSold);
      expect(sheet?.getRow(2).getCell(19).value).toBe((first?.costOfReturnsFen ?? 0) / 100);
      expect(book.worksheets[1]?.rowCount).toBe(card.suppliers.length * 18 + 1);
    }
  });

  it('writes a one-page A4 PDF in Chinese (or English) with the supplier’s figures, fonts embedded', async () => {
    const card = await t.call('scorecard.suppliers', { period });
    const s = [...card.suppliers].sort((a, b) => b.supplierFaultUnits - a.supplierFaultUnits)[0];
    if (!s) throw new Error('no supplier');
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const file = await t.call('scorecard.exportPdf', { period, supplierId: s.supplierId, locale });
      expect(file.mime).toBe('application/pdf');
      const path = join(t.dataDir, `scorecard-${locale}.pdf`);
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
      expect(fonts).toMatch(/NotoSansSC/);
      expect(
        fonts
          .split('\n')
          .filter((l) => /NotoSansSC/.test(l))
          .every((l) => /\byes\s+yes\b/.test(l)),
      ).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      expect(text).toContain(locale === 'zh-CN' ? '供应商质量评分卡' : 'Supplier quality scorecard');
      expect(text).toContain(s.name);
      expect(text).toContain(locale === 'zh-CN' ? '退货率' : 'Return rate');
      expect(text).toContain(`${(s.returnRate * 100).toFixed(2)}%`);
      const topDefect = card.keys.find((k) => k.key === s.pareto[0]?.key)?.label;
      expect(text).toContain(locale === 'zh-CN' ? topDefect?.zh : topDefect?.en);
      if (locale === 'zh-CN') expect(text).not.toMatch(/Supplier|Return rate|not recorded/);
      // A person looks at the page: the PNG is kept beside the PDF (RL_KEEP_PDF_PNG=dir copies it out).
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-singlefile',
        path,
        join(process.env.RL_KEEP_PDF_PNG ?? t.dataDir, `scorecard-${locale}`),
      ]);
    }
  });
});

describe('scorecard roles and bad input', () => {
  it('is for owners only: inspectors and customer service are refused every method', async () => {
    const supplierId = q<{ id: string }>('SELECT id FROM suppliers LIMIT 1')[0]?.id ?? '';
    const calls: Array<[string, unknown]> = [
      ['scorecard.suppliers', { period }],
      ['scorecard.qcVsReturns', { period }],
      ['scorecard.exportXlsx', { period }],
      ['scorecard.exportPdf', { period, supplierId }],
    ];
    for (const [method, input] of calls) {
      for (const session of ['inspector', 'service']) {
        const r = await t.raw(method, input, session);
        expect([method, session, r.ok ? 'ok' : r.error.code]).toEqual([method, session, 'FORBIDDEN']);
      }
      expect((await t.raw(method, input, 'owner')).ok).toBe(true);
    }
  });

  it('refuses a period that runs backwards or is longer than 36 months, and an unknown supplier', async () => {
    const backwards = await t.raw('scorecard.suppliers', { period: { from: '2026-05', to: '2026-01' } });
    expect(backwards.ok ? null : backwards.error.code).toBe('VALIDATION');
    const long = await t.raw('scorecard.suppliers', { period: { from: '2020-01', to: '2026-01' } });
    expect(long.ok ? null : long.error.code).toBe('VALIDATION');
    const month = await t.raw('scorecard.suppliers', { period: { from: '2026-13' } });
    expect(month.ok ? null : month.error.code).toBe('VALIDATION');
    const missing = await t.raw('scorecard.exportPdf', { period, supplierId: 'no-such-supplier' });
    expect(missing.ok ? null : [missing.error.code, missing.error.reason]).toEqual(['NOT_FOUND', 'supplier_not_found']);
  });

  it('defaults to the 12 months up to the current one (China time)', async () => {
    const card = await t.call('scorecard.suppliers', {});
    expect([card.from, card.to, card.months.length]).toEqual(['2025-12', '2026-11', 12]);
  });
});

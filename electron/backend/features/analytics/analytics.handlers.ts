import { drillPageSize, maxDrillExportRows } from '../../../../shared/contract/analytics.contract';
import { defineHandlers } from '../../core/context';
import { prepared } from '../../db/query';
import { exportMime, safeFileBaseName, toCsv, toXlsx, type ExportTable } from '../../core/table-file';
import { buildDashboard, chartArgs } from './dashboard';
import { drillCases } from './drill';
import { drillExportTable } from './drill-export';

const fileOf = async (table: ExportTable, format: 'csv' | 'xlsx', baseName: string) => {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  return { fileName: `${baseName}.${format}`, mime: exportMime[format], base64: body.toString('base64'), rowCount: table.rows.length };
};

export const analyticsHandlers = defineHandlers({
  'analytics.options': (_input, ctx) => {
    const db = ctx.db;
    const months = prepared(db, 'SELECT DISTINCT month FROM rl_sales_monthly WHERE units > 0 ORDER BY month').all() as { month: string }[];
    return {
      stores: prepared(db, 'SELECT id, name FROM stores ORDER BY name').all() as { id: string; name: string }[],
      products: prepared(db, 'SELECT id, name FROM products ORDER BY name').all() as { id: string; name: string }[],
      skus: prepared(db, 'SELECT id, code, product_id AS productId FROM skus ORDER BY code').all() as { id: string; code: string; productId: string }[],
      suppliers: prepared(db, 'SELECT id, name FROM suppliers ORDER BY name').all() as { id: string; name: string }[],
      lots: prepared(db, 'SELECT id, lot_code AS code, sku_id AS skuId FROM lots ORDER BY lot_code').all() as { id: string; code: string; skuId: string }[],
      months: months.map((m) => m.month),
    };
  },

  // One read transaction, so every chart sees the same snapshot even while an import commits.
  'analytics.dashboard': (input, ctx) =>
    ctx.db.transaction(() => buildDashboard(chartArgs(ctx.db, input.filter, input.dimension, input.minVolume, ctx.env.now())))(),

  'analytics.drill': (input, ctx) => drillCases(ctx.db, input.filter, input.target, ctx.env.now(), drillPageSize),

  'analytics.exportDrill': async (input, ctx) => {
    const { cases } = drillCases(ctx.db, input.filter, input.target, ctx.env.now(), maxDrillExportRows);
    const table = drillExportTable(ctx.db, cases, input.locale);
    return fileOf(table, input.format, `returnlens-drill-${input.target.chart}`);
  },

  'analytics.exportTable': async (input) => {
    const table: ExportTable = { sheetName: input.name, columns: input.columns, rows: input.rows };
    return fileOf(table, input.format, safeFileBaseName(input.name));
  },
});

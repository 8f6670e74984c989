import { drillPageSize, maxDrillExportRows } from '../../../../shared/contract/analytics.contract';
import { defineHandlers } from '../../core/context';
import { exportMime, safeFileBaseName, toCsv, toXlsx, type ExportTable } from '../../core/table-file';
import { filterOptions } from './analytics.repository';
import { buildDashboard, chartArgs } from './dashboard';
import { drillCases } from './drill';
import { drillExportTable } from './drill-export';
import { serviceAnalytics } from './service';

const fileOf = async (table: ExportTable, format: 'csv' | 'xlsx', baseName: string) => {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  return { fileName: `${baseName}.${format}`, mime: exportMime[format], base64: body.toString('base64'), rowCount: table.rows.length };
};

export const analyticsHandlers = defineHandlers({
  'analytics.options': (_input, ctx) => filterOptions(ctx.db),

  // One read transaction, so every chart sees the same snapshot even while an import commits.
  'analytics.dashboard': (input, ctx) =>
    ctx.db.transaction(() => buildDashboard(chartArgs(ctx.db, input.filter, input.dimension, input.minVolume, ctx.env.now())))(),

  'analytics.service': (input, ctx) => ctx.db.transaction(() => serviceAnalytics(ctx.db, input.filter, ctx.env.now()))(),

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

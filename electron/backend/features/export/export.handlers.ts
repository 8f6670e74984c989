import { maxExportRows } from '../../../../shared/contract/export.contract';
import { AppError } from '../../../../shared/contract/errors';
import { orderReaderRoles } from '../../../../shared/contract/orders.contract';
import { defineHandlers } from '../../core/context';
import { exportMime, toCsv, toXlsx } from '../../core/table-file';
import { listCaseIds } from '../cases/cases.list';
import { buildExportTable } from './export-lists';

const stamp = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace(/[-:T]/g, '');

export const exportHandlers = defineHandlers({
  'export.list': async (input, ctx) => {
    const user = ctx.requireUser();
    if (input.list === 'import_rejects' && user.role === 'inspector') {
      throw new AppError('FORBIDDEN', 'inspector_no_reject_export', {}, 'The inspector role may not export import rejects.');
    }
    if (input.list === 'orders' && !(orderReaderRoles as readonly string[]).includes(user.role)) {
      // The same readers as orders.list: an export must not show what the list would refuse.
      throw new AppError('FORBIDDEN', 'role_forbidden', { role: user.role }, `The ${user.role} role may not export orders.`);
    }
    // The Cases screen's filters select ids exactly as its list does (one definition of "open", "overdue", …).
    const { caseList, ...rest } = input.filter;
    const filter = input.list === 'cases' && caseList ? { ...rest, ids: listCaseIds(ctx.db, caseList, ctx.env.now()) } : rest;
    const table = buildExportTable(ctx.db, input.list, filter, input.locale, maxExportRows);
    if (table.truncated) {
      throw new AppError(
        'VALIDATION',
        'export_too_many_rows',
        { max: maxExportRows },
        `More than ${maxExportRows} rows match; narrow the filter (e.g. a date range) and export again.`,
      );
    }
    const file = input.format === 'csv' ? toCsv(table) : await toXlsx(table);
    return {
      fileName: `${table.sheetName}-${stamp(ctx.env.now())}.${input.format}`,
      mime: exportMime[input.format],
      base64: file.toString('base64'),
      rowCount: table.rows.length,
    };
  },
});

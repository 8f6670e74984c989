import type { ExportFilter, ExportList } from '../../../../shared/contract/export.contract';
import { chinaOffsetMs } from '../../../../shared/domain/time';
import { fenToYuanText } from '../../../../shared/domain/money';
import type { Sqlite } from '../../db/connection';
import type { ExportTable } from '../../core/table-file';
import { rejectReasonText } from './reject-text';
import { domainLabels, type DomainLabels } from '../../../../shared/domain/labels';
import { orderConditions, ordersOrderBy, planOrderSearch } from '../orders/orders-filter';
import { rawQuery } from '../../db/raw-sql';

type Locale = 'zh-CN' | 'en-US';
type Cell = string | number | null;

/** Exports print China wall-clock time, as the merchant's back office does. */
const chinaTimeText = (ms: number | null): string => {
  if (ms === null) return '';
  const d = new Date(ms + chinaOffsetMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
};
const yuan = (fen: number | null) => (fen === null ? null : fenToYuanText(fen));
/** A stored code (`exchange`, `succeeded`) as the word the screens use, in the file's language; an unknown code as it is. */
const label = (locale: Locale, concept: keyof DomainLabels, code: Cell | undefined): Cell =>
  code === null || code === undefined ? null : ((domainLabels[locale][concept] as Record<string, string>)[String(code)] ?? code);

interface ListSpec {
  sheet: Record<Locale, string>;
  /** key, zh header, en header */
  columns: [string, string, string][];
  /** SQL selecting one row per line; `where` is appended. */
  select: string;
  order: string;
  where: (filter: ExportFilter, params: unknown[], db: Sqlite) => string[];
  shape: (row: Record<string, Cell>, locale: Locale) => Record<string, Cell>;
}

const inList = (column: string, values: readonly string[] | undefined, params: unknown[]): string[] => {
  if (!values?.length) return [];
  params.push(...values);
  return [`${column} IN (${values.map(() => '?').join(',')})`];
};
/**
 * An id list can be as long as the export limit (100,000), far past SQLite's 32,766 bound parameters:
 * it travels as ONE parameter, a JSON array that json_each unrolls.
 */
const inIds = (column: string, ids: readonly string[] | undefined, params: unknown[]): string[] => {
  if (ids === undefined) return [];
  // An empty list selects nothing (a screen whose filters match no row), never everything.
  if (ids.length === 0) return ['0 = 1'];
  params.push(JSON.stringify(ids));
  return [`${column} IN (SELECT value FROM json_each(?))`];
};
const range = (column: string, filter: ExportFilter, params: unknown[]): string[] => {
  const parts: string[] = [];
  if (filter.from !== undefined) {
    parts.push(`${column} >= ?`);
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    parts.push(`${column} < ?`);
    params.push(filter.to);
  }
  return parts;
};
const like = (columns: string[], q: string | undefined, params: unknown[]): string[] => {
  if (!q) return [];
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  params.push(...columns.map(() => pattern));
  return [`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`];
};

const specs: Record<ExportList, ListSpec> = {
  orders: {
    sheet: { 'zh-CN': '订单', 'en-US': 'Orders' },
    columns: [
      ['order_number', '订单号', 'Order number'],
      ['raw_status', '订单状态', 'Status'],
      ['skus', '商家编码', 'SKU codes'],
      ['units', '件数', 'Units'],
      ['buyer_paid', '用户实付(元)', 'Buyer paid (¥)'],
      ['merchant_received', '商家实收(元)', 'Merchant received (¥)'],
      ['paid_at', '支付时间', 'Paid at'],
      ['shipped_at', '发货时间', 'Shipped at'],
      ['signed_at', '签收时间', 'Signed at'],
      ['confirmed_at', '确认收货时间', 'Receipt confirmed at'],
      ['tracking_number', '快递单号', 'Tracking number'],
      ['courier', '快递公司', 'Courier'],
      ['merchant_note', '商家备注', 'Merchant note'],
    ],
    select: `SELECT o.order_number, o.raw_status, o.status, o.buyer_paid_fen, o.merchant_received_fen, o.paid_at, o.shipped_at,
             o.signed_at, o.confirmed_at, o.tracking_number, o.courier, o.merchant_note,
             (SELECT group_concat(s.code, ' ') FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = o.id) AS skus,
             (SELECT sum(l.quantity) FROM order_lines l WHERE l.order_id = o.id) AS units
             FROM orders o`,
    order: ordersOrderBy,
    where: (f, p, db) => [
      ...inList('o.status', f.statuses, p),
      ...inIds('o.id', f.ids, p),
      // The orders screen's own filter (search, store, paid dates), so the file holds what the list shows.
      ...orderConditions({ storeId: f.storeId, from: f.from, to: f.to }, f.q ? planOrderSearch(db, f.q) : null, p),
      ...when('o.import_id = ?', f.importId, p),
      ...when('EXISTS (SELECT 1 FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = o.id AND s.code = ?)', f.skuCode, p),
    ],
    shape: (r) => ({
      ...r,
      buyer_paid: yuan(r.buyer_paid_fen as number),
      merchant_received: yuan(r.merchant_received_fen as number),
      paid_at: chinaTimeText(r.paid_at as number | null),
      shipped_at: chinaTimeText(r.shipped_at as number | null),
      signed_at: chinaTimeText(r.signed_at as number | null),
      confirmed_at: chinaTimeText(r.confirmed_at as number | null),
    }),
  },
  cases: {
    sheet: { 'zh-CN': '售后', 'en-US': 'Cases' },
    columns: [
      ['case_number', '售后单号', 'Case number'],
      ['order_number', '订单号', 'Order number'],
      ['type', '售后类型', 'Type'],
      ['raw_status', '平台状态', 'Platform status'],
      ['status', '状态', 'Status'],
      ['sku_code', '商家编码', 'SKU code'],
      ['reason_text', '售后原因', 'Reason'],
      ['refund', '退款金额(元)', 'Refund (¥)'],
      ['requested_at', '申请时间', 'Requested at'],
      ['merchant_deadline_at', '处理截止', 'Merchant deadline'],
      ['return_tracking_number', '退货快递单号', 'Return tracking'],
      ['return_courier', '退货快递公司', 'Return courier'],
      ['received_at', '收货时间', 'Received at'],
    ],
    select: `SELECT c.case_number, o.order_number, c.type, c.raw_status, c.status, s.code AS sku_code, c.reason_text, c.refund_fen,
             c.requested_at, c.merchant_deadline_at, c.return_tracking_number, c.return_courier, c.received_at
             FROM after_sales_cases c JOIN orders o ON o.id = c.order_id
             LEFT JOIN order_lines l ON l.id = c.order_line_id LEFT JOIN skus s ON s.id = l.sku_id`,
    order: 'c.requested_at DESC, c.case_number',
    where: (f, p) => [
      'c.voided_at IS NULL',
      ...inList('c.status', f.statuses, p),
      ...inList('c.type', f.types, p),
      ...inIds('c.id', f.ids, p),
      ...range('c.requested_at', f, p),
      ...like(['c.case_number', 'o.order_number', 'c.return_tracking_number'], f.q, p),
      ...when(
        `c.merchant_deadline_at < ? AND c.waiting_on = 'merchant' AND c.voided_at IS NULL`,
        f.overdueOnly ? Date.now() : undefined,
        p,
      ),
      ...when('s.code = ?', f.skuCode, p),
      ...when('c.import_id = ?', f.importId, p),
    ],
    shape: (r, locale) => ({
      ...r,
      type: label(locale, 'caseType', r.type),
      status: label(locale, 'caseStatus', r.status),
      refund: yuan(r.refund_fen as number),
      requested_at: chinaTimeText(r.requested_at as number),
      merchant_deadline_at: chinaTimeText(r.merchant_deadline_at as number | null),
      received_at: chinaTimeText(r.received_at as number | null),
    }),
  },
  inspections: {
    sheet: { 'zh-CN': '质检记录', 'en-US': 'Inspections' },
    columns: [
      ['id', '编号', 'Id'],
      ['kind', '类型', 'Kind'],
      ['case_number', '售后单号', 'Case number'],
      ['lot_code', '批次', 'Lot'],
      ['inspector', '质检员', 'Inspector'],
      ['state', '状态', 'State'],
      ['grade', '等级', 'Grade'],
      ['disposition', '处置', 'Disposition'],
      ['fault', '责任方', 'Fault'],
      ['claim_match', '与买家描述', 'Claim'],
      ['completed_at', '完成时间', 'Completed at'],
      ['notes', '备注', 'Notes'],
    ],
    select: `SELECT i.id, i.kind, c.case_number, lt.lot_code, u.name AS inspector, i.state, i.grade, i.disposition, i.fault,
             i.claim_match, i.completed_at, i.notes
             FROM inspections i JOIN users u ON u.id = i.inspector_id
             LEFT JOIN after_sales_cases c ON c.id = i.case_id LEFT JOIN lots lt ON lt.id = i.lot_id`,
    order: 'i.started_at DESC',
    where: (f, p) => [
      ...inList('i.state', f.statuses, p),
      ...inList('i.kind', f.types, p),
      ...inIds('i.id', f.ids, p),
      ...range('i.completed_at', f, p),
      ...like(['c.case_number', 'lt.lot_code', 'i.notes'], f.q, p),
    ],
    shape: (r, locale) => ({
      ...r,
      kind: label(locale, 'inspectionKind', r.kind),
      state: label(locale, 'inspectionState', r.state),
      grade: label(locale, 'grade', r.grade),
      disposition: label(locale, 'disposition', r.disposition),
      fault: label(locale, 'fault', r.fault),
      claim_match: label(locale, 'claimMatch', r.claim_match),
      completed_at: chinaTimeText(r.completed_at as number | null),
    }),
  },
  import_rejects: {
    sheet: { 'zh-CN': '被拒绝的行', 'en-US': 'Rejected rows' },
    columns: [
      ['row_number', '行号', 'Row'],
      ['column_name', '列', 'Column'],
      ['value', '值', 'Value'],
      ['reason', '原因', 'Reason'],
    ],
    select: 'SELECT r.row_number, r.column_name, r.value, r.reason FROM import_rejects r',
    order: 'r.row_number, r.id',
    where: (f, p) => when('r.import_id = ?', f.importId, p),
    shape: (r, locale) => ({ ...r, reason: rejectReasonText(String(r.reason), locale) }),
  },
};

/**
 * One condition with its one parameter, pushed together so the SQL and its parameters cannot disagree (they once
 * did: an empty filter value skipped the condition but still pushed its parameter). No value, or an empty text,
 * means no filter.
 */
function when(condition: string, value: string | number | undefined, params: unknown[]): string[] {
  if (value === undefined || value === '') return [];
  params.push(value);
  return [condition];
}

export const buildExportTable = (
  db: Sqlite,
  list: ExportList,
  filter: ExportFilter,
  locale: Locale,
  limit: number,
): ExportTable & { truncated: boolean } => {
  const spec = specs[list];
  const params: unknown[] = [];
  const where = spec.where(filter, params, db);
  const text = `${spec.select}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${spec.order} LIMIT ${limit + 1}`;
  const rows = rawQuery<Record<string, Cell>>(db, text, { cache: false }).all(...params);
  const truncated = rows.length > limit;
  return {
    sheetName: spec.sheet[locale],
    columns: spec.columns.map(([key, zh, en]) => ({ key, header: locale === 'zh-CN' ? zh : en })),
    rows: rows.slice(0, limit).map((row) => spec.shape(row, locale)),
    truncated,
  };
};

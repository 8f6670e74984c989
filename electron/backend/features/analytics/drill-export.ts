import type { DrillCase } from '../../../../shared/contract/analytics.contract';
import type { Sqlite } from '../../db/connection';
import { defectTypeNames, reasonCategoryNames } from './analytics.repository';
import type { ExportTable } from '../../core/table-file';
import { findingLabels } from './dashboard';

const headers = {
  'zh-CN': {
    caseNumber: '售后单号',
    orderNumber: '订单号',
    type: '售后类型',
    reason: '申请原因',
    status: '状态',
    skuCode: 'SKU 编码',
    units: '数量',
    refund: '退款金额(元)',
    paidMonth: '支付月份',
    requestedAt: '申请时间',
    deadlineAt: '商家处理截止',
    respondedAt: '首次响应',
    finding: '质检结论',
  },
  'en-US': {
    caseNumber: 'Case number',
    orderNumber: 'Order number',
    type: 'Case type',
    reason: 'Claimed reason',
    status: 'Status',
    skuCode: 'SKU code',
    units: 'Units',
    refund: 'Refund (CNY)',
    paidMonth: 'Paid month',
    requestedAt: 'Requested at',
    deadlineAt: 'Merchant deadline',
    respondedAt: 'First response',
    finding: 'Inspection finding',
  },
} as const;

/** China time, minute precision: what the merchant sees in the platform back office. */
const chinaTime = (ms: number | null) => (ms === null ? '' : new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '));

export const drillExportTable = (db: Sqlite, cases: DrillCase[], locale: 'zh-CN' | 'en-US'): ExportTable => {
  const types = defectTypeNames(db);
  const reasons = reasonCategoryNames(db);
  const zh = locale === 'zh-CN';
  const defectName = new Map(types.map((t) => [t.id, zh ? t.name_zh : t.name_en]));
  const reasonName = new Map<string, string>(reasons.map((r) => [r.code, zh ? r.name_zh : r.name_en]));
  const findingName = (key: string) => findingLabels[key]?.[zh ? 'zh' : 'en'] ?? defectName.get(key) ?? key;
  const h = headers[locale];
  return {
    sheetName: zh ? '售后明细' : 'Cases',
    columns: [
      { key: 'caseNumber', header: h.caseNumber, width: 24 },
      { key: 'orderNumber', header: h.orderNumber, width: 26 },
      { key: 'type', header: h.type },
      { key: 'reason', header: h.reason },
      { key: 'status', header: h.status },
      { key: 'skuCode', header: h.skuCode },
      { key: 'units', header: h.units, width: 8 },
      { key: 'refund', header: h.refund },
      { key: 'paidMonth', header: h.paidMonth },
      { key: 'requestedAt', header: h.requestedAt, width: 18 },
      { key: 'deadlineAt', header: h.deadlineAt, width: 18 },
      { key: 'respondedAt', header: h.respondedAt, width: 18 },
      { key: 'finding', header: h.finding, width: 24 },
    ],
    rows: cases.map((c) => ({
      caseNumber: c.caseNumber,
      orderNumber: c.orderNumber,
      type: c.type,
      reason: reasonName.get(c.reason) ?? c.reason,
      status: c.status,
      skuCode: c.skuCode,
      units: c.units,
      refund: c.refundFen / 100,
      paidMonth: c.paidMonth,
      requestedAt: chinaTime(c.requestedAt),
      deadlineAt: chinaTime(c.deadlineAt),
      respondedAt: chinaTime(c.respondedAt),
      finding: c.finding
        .split(',')
        .map(findingName)
        .join(zh ? '、' : ', '),
    })),
  };
};

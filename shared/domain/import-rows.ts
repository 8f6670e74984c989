import { caseTypeByText, mapCaseStatus, mapOrderStatus, mapReasonCategory, statusKey, type CaseStatus, type CaseType, type OrderStatus, type ReasonCategory } from './aftersales';
import { parseYuanToFen } from './money';
import { chinaOffsetMs, parseChinaTime } from './time';

/**
 * Row rules for Pinduoduo exports (issue 4, item 3), pure so the preview, the tests and any future importer
 * share them. A row either becomes a typed record or a list of rejects naming the field, the value and why.
 * Reasons are stable codes; the screens and the rejects CSV translate them.
 */
export const rejectReasons = [
  'required_missing',
  'scientific_notation',
  'bad_order_number',
  'bad_amount',
  'bad_quantity',
  'bad_time',
  'no_sku_code',
  'unknown_case_type',
  'unknown_order',
  'conflicting_duplicate',
  'unterminated_quote',
  'row_too_long',
] as const;
export type RejectReason = (typeof rejectReasons)[number];

export interface FieldReject {
  field: string;
  value: string;
  reason: RejectReason;
}

export type Cells = (field: string) => string;

export interface OrderLineRecord {
  orderNumber: string;
  rawStatus: string;
  status: OrderStatus;
  quantity: number;
  skuCode: string;
  platformSkuId: string | null;
  productCode: string;
  goodsId: string | null;
  title: string | null;
  spec: string | null;
  goodsTotalFen: number;
  postageFen: number;
  shopDiscountFen: number;
  platformDiscountFen: number;
  buyerPaidFen: number;
  merchantReceivedFen: number;
  paidAt: number | null;
  shippedAt: number | null;
  signedAt: number | null;
  trackingNumber: string | null;
  courier: string | null;
  merchantNote: string | null;
}

export interface CaseRecord {
  caseNumber: string;
  orderNumber: string;
  type: CaseType;
  rawStatus: string;
  status: CaseStatus;
  requestedAt: number;
  skuCode: string | null;
  quantity: number;
  refundFen: number;
  orderAmountFen: number | null;
  reasonText: string | null;
  reasonCategory: ReasonCategory;
  returnTracking: string | null;
  returnCourier: string | null;
  deadlineAt: number | null;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; rejects: FieldReject[] };

/** Excel turns long digit strings into `2.6073E+20`: the digits are gone, so such a row is refused. */
export const isScientificNotation = (text: string): boolean =>
  (text.includes('E') || text.includes('e')) && /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/.test(text.trim());

/**
 * Fast paths for the million-row import: the common exact shapes (`39.90`, `2026-07-30 06:50:00`) are read
 * from char codes; anything else goes through the shared parsers, which stay the definition of correct.
 */
const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};
export const fastYuanToFen = (text: string): number | null => {
  const n = text.length;
  const dot = n - 3;
  if (n >= 4 && n <= 12 && text.charCodeAt(dot) === 46) {
    let whole = 0;
    for (let i = 0; i < dot; i++) {
      const d = digit(text, i);
      if (d < 0) return parseYuanToFen(text);
      whole = whole * 10 + d;
    }
    const f1 = digit(text, dot + 1);
    const f2 = digit(text, dot + 2);
    if (f1 >= 0 && f2 >= 0) return whole * 100 + f1 * 10 + f2;
  }
  return parseYuanToFen(text);
};
const daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Two digits at `i` as a number (negative when either is not a digit). Top-level: no closure per call. */
const two = (text: string, i: number) => digit(text, i) * 10 + digit(text, i + 1);
export const fastChinaTime = (text: string): number | null => {
  if (text.length === 19 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
    const y = two(text, 0) * 100 + two(text, 2);
    const mo = two(text, 5);
    const d = two(text, 8);
    const h = two(text, 11);
    const mi = two(text, 14);
    const s = two(text, 17);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const monthDays = mo === 2 && leap ? 29 : (daysIn[mo - 1] ?? 0);
    if (y >= 1970 && mo >= 1 && mo <= 12 && d >= 1 && d <= monthDays && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59) {
      const y1 = y - 1;
      const days = (y - 1970) * 365 + (Math.floor(y1 / 4) - 492) - (Math.floor(y1 / 100) - 19) + (Math.floor(y1 / 400) - 4) + (daysBefore[mo - 1] ?? 0) + (leap && mo > 2 ? 1 : 0) + d - 1;
      return ((days * 24 + h) * 60 + mi) * 60000 + s * 1000 - chinaOffsetMs;
    }
  }
  return parseChinaTime(text);
};

/** Statuses repeat across a million rows: map each distinct text once. */
const orderStatusCache = new Map<string, OrderStatus>();
const cachedOrderStatus = (text: string): OrderStatus => {
  let status = orderStatusCache.get(text);
  if (status === undefined) {
    status = mapOrderStatus(text);
    if (orderStatusCache.size < 10_000) orderStatusCache.set(text, status);
  }
  return status;
};

/** Order numbers: `260730-590830166131860` (date + 15 digits); letters allowed for other platforms' ids. */
const orderNumberPattern = /^[0-9A-Za-z][0-9A-Za-z-]{5,47}$/;
const identifierPattern = /^[0-9A-Za-z][0-9A-Za-z._\-/]{0,99}$/;

const totalMarker = /^(合计|总计|汇总|total)[:：]?$/i;

/** Blank lines and total rows (合计/总计) carry no order and are skipped, not rejected. */
export const isSkippableRow = (cells: readonly string[]): boolean => {
  let filled = 0;
  for (const cell of cells) {
    if (cell.length === 0) continue;
    // A total marker is at most 6 characters once trimmed: only short cells are trimmed and tested (most
    // cells of a million-row file are long or start with a letter or digit, and are simply counted).
    if (cell.length > 12) {
      if (cell.charCodeAt(0) > 32 || cell.trim() !== '') filled += 1;
      continue;
    }
    const text = cell.trim();
    if (text === '') continue;
    if (text.length <= 6 && totalMarker.test(text)) return true;
    filled += 1;
  }
  return filled === 0;
};

class RowReader {
  readonly rejects: FieldReject[] = [];
  constructor(private readonly cells: Cells) {}

  text(field: string): string | null {
    const value = this.cells(field).trim();
    if (value === '') return null;
    if (isScientificNotation(value)) {
      this.rejects.push({ field, value, reason: 'scientific_notation' });
      return null;
    }
    return value;
  }

  required(field: string): string {
    const value = this.text(field);
    if (value === null && !this.rejects.some((r) => r.field === field)) this.rejects.push({ field, value: '', reason: 'required_missing' });
    return value ?? '';
  }

  identifier(field: string, pattern: RegExp, reason: RejectReason): string | null {
    const value = this.text(field);
    if (value !== null && !pattern.test(value)) {
      this.rejects.push({ field, value, reason });
      return null;
    }
    return value;
  }

  fen(field: string): number {
    const raw = this.cells(field).trim();
    if (raw === '' || raw === '-') return 0;
    const fen = fastYuanToFen(raw);
    if (fen === null || fen < 0) {
      this.rejects.push({ field, value: raw, reason: isScientificNotation(raw) ? 'scientific_notation' : 'bad_amount' });
      return 0;
    }
    return fen;
  }

  quantity(field: string, required: boolean): number {
    const raw = this.cells(field).trim();
    if (raw === '' && !required) return 1;
    if (!/^\d{1,7}$/.test(raw) || Number(raw) === 0) {
      this.rejects.push({ field, value: raw, reason: raw === '' ? 'required_missing' : 'bad_quantity' });
      return 1;
    }
    return Number(raw);
  }

  time(field: string, required = false): number | null {
    const raw = this.cells(field).trim();
    if (raw === '') {
      if (required) this.rejects.push({ field, value: '', reason: 'required_missing' });
      return null;
    }
    const at = fastChinaTime(raw);
    if (at === null) this.rejects.push({ field, value: raw, reason: 'bad_time' });
    return at;
  }
}

export const readOrderLine = (cells: Cells): RowResult<OrderLineRecord> => {
  const r = new RowReader(cells);
  const orderNumber = r.required('orderNumber');
  if (orderNumber && !orderNumberPattern.test(orderNumber)) r.rejects.push({ field: 'orderNumber', value: orderNumber, reason: 'bad_order_number' });
  const rawStatus = r.required('status');
  const quantity = r.quantity('quantity', true);
  const platformSkuId = r.identifier('platformSkuId', identifierPattern, 'no_sku_code');
  const goodsId = r.identifier('goodsId', identifierPattern, 'no_sku_code');
  const skuText = r.text('skuCode');
  const skuCode = skuText ?? (platformSkuId ? `PDD-${platformSkuId}` : null);
  if (skuCode === null && !r.rejects.length) r.rejects.push({ field: 'skuCode', value: '', reason: 'no_sku_code' });
  const productCode = r.text('productCode') ?? (goodsId ? `PDD-${goodsId}` : `SKU-${skuCode ?? ''}`);
  const record: OrderLineRecord = {
    orderNumber,
    rawStatus,
    status: cachedOrderStatus(rawStatus),
    quantity,
    skuCode: skuCode ?? '',
    platformSkuId,
    productCode,
    goodsId,
    title: r.text('title'),
    spec: r.text('spec'),
    goodsTotalFen: r.fen('goodsTotal'),
    postageFen: r.fen('postage'),
    shopDiscountFen: r.fen('shopDiscount'),
    platformDiscountFen: r.fen('platformDiscount'),
    buyerPaidFen: r.fen('buyerPaid'),
    merchantReceivedFen: r.fen('merchantReceived'),
    paidAt: r.time('paidAt') ?? r.time('orderedAt'),
    shippedAt: r.time('shippedAt'),
    signedAt: r.time('signedAt'),
    trackingNumber: r.text('trackingNumber'),
    courier: r.text('courier'),
    merchantNote: r.text('merchantNote'),
  };
  return r.rejects.length ? { ok: false, rejects: r.rejects } : { ok: true, value: record };
};

export const readCase = (cells: Cells): RowResult<CaseRecord> => {
  const r = new RowReader(cells);
  const caseNumber = r.required('caseNumber');
  if (caseNumber && !identifierPattern.test(caseNumber)) r.rejects.push({ field: 'caseNumber', value: caseNumber, reason: 'bad_order_number' });
  const orderNumber = r.required('orderNumber');
  if (orderNumber && !orderNumberPattern.test(orderNumber)) r.rejects.push({ field: 'orderNumber', value: orderNumber, reason: 'bad_order_number' });
  const typeText = r.required('type');
  const type = caseTypeByText[statusKey(typeText)];
  if (typeText && !type) r.rejects.push({ field: 'type', value: typeText, reason: 'unknown_case_type' });
  const rawStatus = r.required('status');
  const requestedAt = r.time('requestedAt', true);
  const reasonText = r.text('reason');
  const refundFen = r.fen('refund');
  const orderAmountRaw = cells('orderAmount').trim();
  const orderAmountFen = orderAmountRaw === '' ? null : r.fen('orderAmount');
  const record: CaseRecord = {
    caseNumber,
    orderNumber,
    type: type ?? 'refund_only',
    rawStatus,
    status: mapCaseStatus(rawStatus),
    requestedAt: requestedAt ?? 0,
    skuCode: r.text('skuCode'),
    quantity: r.quantity('quantity', false),
    refundFen,
    orderAmountFen,
    reasonText,
    reasonCategory: mapReasonCategory(reasonText ?? ''),
    returnTracking: r.text('returnTracking'),
    returnCourier: r.text('returnCourier'),
    deadlineAt: r.time('deadline'),
  };
  return r.rejects.length ? { ok: false, rejects: r.rejects } : { ok: true, value: record };
};

import { caseTypeByText, mapCaseStatus, mapReasonCategory, statusKey } from './aftersales';
import {
  cachedOrderStatus,
  fastChinaTime,
  fastYuanToFen,
  identifierPattern,
  isScientificNotation,
  orderNumberPattern,
  type CaseRecord,
  type Cells,
  type FieldReject,
  type OrderLineRecord,
  type RejectReason,
  type RowResult,
} from './import-rows';

/**
 * The row rules (issue 4, item 3) as readers compiled once per layout: each field's column index is resolved
 * when the reader is made, and a row is read straight from its cells into one record and one rejects list that
 * the reader reuses — a million-row import allocates no reader, record or result object per row. readOrderLine
 * and readCase (field-accessor form, for tests and small callers) run these same readers: one definition.
 */

/** Field → the file's column index (an absent field reads as an empty cell). */
type ColumnIndex = Readonly<Record<string, number>>;

/** Each field's column index (-1 when the layout lacks it), resolved once per reader; built by assignment, as the readers' hot path reads it. */
const resolveColumns = <F extends string>(fields: readonly F[], columns: ColumnIndex): Readonly<Record<F, number>> => {
  const at = {} as Record<F, number>;
  for (const field of fields) at[field] = columns[field] ?? -1;
  return at;
};

/** The cell-level rules shared by both kinds of row; fields are named for rejects, read by index. */
class CellRules {
  readonly rejects: FieldReject[] = [];
  protected row: readonly string[] = [];

  protected start(row: readonly string[]): void {
    this.row = row;
    this.rejects.length = 0;
  }

  protected cell(at: number): string {
    return at < 0 ? '' : (this.row[at] ?? '');
  }

  protected text(field: string, at: number): string | null {
    const value = this.cell(at).trim();
    if (value === '') return null;
    if (isScientificNotation(value)) {
      this.rejects.push({ field, value, reason: 'scientific_notation' });
      return null;
    }
    return value;
  }

  protected required(field: string, at: number): string {
    const value = this.text(field, at);
    if (value === null && !this.rejects.some((r) => r.field === field)) this.rejects.push({ field, value: '', reason: 'required_missing' });
    return value ?? '';
  }

  /** The required order number, refused unless it looks like one. */
  protected orderNumber(at: number): string {
    const value = this.required('orderNumber', at);
    if (value && !orderNumberPattern.test(value)) this.rejects.push({ field: 'orderNumber', value, reason: 'bad_order_number' });
    return value;
  }

  protected identifier(field: string, at: number, pattern: RegExp, reason: RejectReason): string | null {
    const value = this.text(field, at);
    if (value !== null && !pattern.test(value)) {
      this.rejects.push({ field, value, reason });
      return null;
    }
    return value;
  }

  protected fen(field: string, at: number): number {
    const raw = this.cell(at).trim();
    if (raw === '' || raw === '-') return 0;
    const fen = fastYuanToFen(raw);
    if (fen === null || fen < 0) {
      this.rejects.push({ field, value: raw, reason: isScientificNotation(raw) ? 'scientific_notation' : 'bad_amount' });
      return 0;
    }
    return fen;
  }

  protected quantity(field: string, at: number, required: boolean): number {
    const raw = this.cell(at).trim();
    if (raw === '' && !required) return 1;
    if (!/^\d{1,7}$/.test(raw) || Number(raw) === 0) {
      this.rejects.push({ field, value: raw, reason: raw === '' ? 'required_missing' : 'bad_quantity' });
      return 1;
    }
    return Number(raw);
  }

  protected time(field: string, at: number, required = false): number | null {
    const raw = this.cell(at).trim();
    if (raw === '') {
      if (required) this.rejects.push({ field, value: '', reason: 'required_missing' });
      return null;
    }
    const ms = fastChinaTime(raw);
    if (ms === null) this.rejects.push({ field, value: raw, reason: 'bad_time' });
    return ms;
  }
}

/** The fields an order line reads, in the order its rules run. */
export const orderLineFields = [
  'orderNumber',
  'status',
  'quantity',
  'platformSkuId',
  'goodsId',
  'skuCode',
  'productCode',
  'title',
  'spec',
  'goodsTotal',
  'postage',
  'shopDiscount',
  'platformDiscount',
  'buyerPaid',
  'merchantReceived',
  'paidAt',
  'orderedAt',
  'shippedAt',
  'signedAt',
  'confirmedAt',
  'trackingNumber',
  'courier',
  'merchantNote',
] as const;

const blankOrderLine = (): OrderLineRecord => ({
  orderNumber: '',
  rawStatus: '',
  status: 'other',
  quantity: 0,
  skuCode: '',
  platformSkuId: null,
  productCode: '',
  goodsId: null,
  title: null,
  spec: null,
  goodsTotalFen: 0,
  postageFen: 0,
  shopDiscountFen: 0,
  platformDiscountFen: 0,
  buyerPaidFen: 0,
  merchantReceivedFen: 0,
  paidAt: null,
  shippedAt: null,
  signedAt: null,
  confirmedAt: null,
  trackingNumber: null,
  courier: null,
  merchantNote: null,
});

export class OrderLineReader extends CellRules {
  /** The last row read; overwritten by the next read (copy it to keep it). Valid when read answered true. */
  readonly record: OrderLineRecord = blankOrderLine();
  private readonly at: Readonly<Record<(typeof orderLineFields)[number], number>>;

  constructor(columns: ColumnIndex) {
    super();
    this.at = resolveColumns(orderLineFields, columns);
  }

  /** Reads one row: true with `record` filled, or false with `rejects` naming each field, value and reason. */
  read(row: readonly string[]): boolean {
    this.start(row);
    const at = this.at;
    const r = this.record;
    const rejects = this.rejects;
    const orderNumber = this.orderNumber(at.orderNumber);
    const rawStatus = this.required('status', at.status);
    const quantity = this.quantity('quantity', at.quantity, true);
    const platformSkuId = this.identifier('platformSkuId', at.platformSkuId, identifierPattern, 'no_sku_code');
    const goodsId = this.identifier('goodsId', at.goodsId, identifierPattern, 'no_sku_code');
    const skuText = this.text('skuCode', at.skuCode);
    const skuCode = skuText ?? (platformSkuId ? `PDD-${platformSkuId}` : null);
    if (skuCode === null && !rejects.length) rejects.push({ field: 'skuCode', value: '', reason: 'no_sku_code' });
    const productCode = this.text('productCode', at.productCode) ?? (goodsId ? `PDD-${goodsId}` : `SKU-${skuCode ?? ''}`);
    r.orderNumber = orderNumber;
    r.rawStatus = rawStatus;
    r.status = cachedOrderStatus(rawStatus);
    r.quantity = quantity;
    r.skuCode = skuCode ?? '';
    r.platformSkuId = platformSkuId;
    r.productCode = productCode;
    r.goodsId = goodsId;
    r.title = this.text('title', at.title);
    r.spec = this.text('spec', at.spec);
    r.goodsTotalFen = this.fen('goodsTotal', at.goodsTotal);
    r.postageFen = this.fen('postage', at.postage);
    r.shopDiscountFen = this.fen('shopDiscount', at.shopDiscount);
    r.platformDiscountFen = this.fen('platformDiscount', at.platformDiscount);
    r.buyerPaidFen = this.fen('buyerPaid', at.buyerPaid);
    r.merchantReceivedFen = this.fen('merchantReceived', at.merchantReceived);
    r.paidAt = this.time('paidAt', at.paidAt) ?? this.time('orderedAt', at.orderedAt);
    r.shippedAt = this.time('shippedAt', at.shippedAt);
    r.signedAt = this.time('signedAt', at.signedAt);
    r.confirmedAt = this.time('confirmedAt', at.confirmedAt);
    r.trackingNumber = this.text('trackingNumber', at.trackingNumber);
    r.courier = this.text('courier', at.courier);
    r.merchantNote = this.text('merchantNote', at.merchantNote);
    return rejects.length === 0;
  }
}

/** The fields a case reads. */
export const caseFields = [
  'caseNumber',
  'orderNumber',
  'type',
  'status',
  'requestedAt',
  'reason',
  'refund',
  'orderAmount',
  'skuCode',
  'quantity',
  'returnTracking',
  'returnCourier',
  'deadline',
] as const;

const blankCase = (): CaseRecord => ({
  caseNumber: '',
  orderNumber: '',
  type: 'refund_only',
  rawStatus: '',
  status: 'other',
  requestedAt: 0,
  skuCode: null,
  quantity: 1,
  refundFen: 0,
  orderAmountFen: null,
  reasonText: null,
  reasonCategory: 'other',
  returnTracking: null,
  returnCourier: null,
  deadlineAt: null,
});

export class CaseReader extends CellRules {
  /** The last row read; overwritten by the next read (copy it to keep it). Valid when read answered true. */
  readonly record: CaseRecord = blankCase();
  private readonly at: Readonly<Record<(typeof caseFields)[number], number>>;

  constructor(columns: ColumnIndex) {
    super();
    this.at = resolveColumns(caseFields, columns);
  }

  read(row: readonly string[]): boolean {
    this.start(row);
    const at = this.at;
    const r = this.record;
    const rejects = this.rejects;
    const caseNumber = this.required('caseNumber', at.caseNumber);
    if (caseNumber && !identifierPattern.test(caseNumber))
      rejects.push({ field: 'caseNumber', value: caseNumber, reason: 'bad_order_number' });
    const orderNumber = this.orderNumber(at.orderNumber);
    const typeText = this.required('type', at.type);
    const type = caseTypeByText[statusKey(typeText)];
    if (typeText && !type) rejects.push({ field: 'type', value: typeText, reason: 'unknown_case_type' });
    const rawStatus = this.required('status', at.status);
    const requestedAt = this.time('requestedAt', at.requestedAt, true);
    const reasonText = this.text('reason', at.reason);
    const refundFen = this.fen('refund', at.refund);
    const orderAmountFen = this.cell(at.orderAmount).trim() === '' ? null : this.fen('orderAmount', at.orderAmount);
    r.caseNumber = caseNumber;
    r.orderNumber = orderNumber;
    r.type = type ?? 'refund_only';
    r.rawStatus = rawStatus;
    r.status = mapCaseStatus(rawStatus);
    r.requestedAt = requestedAt ?? 0;
    r.skuCode = this.text('skuCode', at.skuCode);
    r.quantity = this.quantity('quantity', at.quantity, false);
    r.refundFen = refundFen;
    r.orderAmountFen = orderAmountFen;
    r.reasonText = reasonText;
    r.reasonCategory = mapReasonCategory(reasonText ?? '');
    r.returnTracking = this.text('returnTracking', at.returnTracking);
    r.returnCourier = this.text('returnCourier', at.returnCourier);
    r.deadlineAt = this.time('deadline', at.deadline);
    return rejects.length === 0;
  }
}

/** Reads one row given as a field accessor (each field in its own column), through the same compiled reader. */
const viaReader = <T extends object>(
  fields: readonly string[],
  reader: { read(row: readonly string[]): boolean; record: T; rejects: FieldReject[] },
  cells: Cells,
): RowResult<T> =>
  reader.read(fields.map((field) => cells(field)))
    ? { ok: true, value: { ...reader.record } }
    : { ok: false, rejects: [...reader.rejects] };

const fieldColumns = (fields: readonly string[]): ColumnIndex => Object.fromEntries(fields.map((field, i) => [field, i]));
let orderLineByField: OrderLineReader | null = null;
let caseByField: CaseReader | null = null;

export const readOrderLine = (cells: Cells): RowResult<OrderLineRecord> =>
  viaReader(orderLineFields, (orderLineByField ??= new OrderLineReader(fieldColumns(orderLineFields))), cells);

export const readCase = (cells: Cells): RowResult<CaseRecord> =>
  viaReader(caseFields, (caseByField ??= new CaseReader(fieldColumns(caseFields))), cells);

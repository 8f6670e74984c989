import { mapOrderStatus, type CaseStatus, type CaseType, type OrderStatus, type ReasonCategory } from './aftersales';
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
  confirmedAt: number | null;
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

/**
 * Characters String.prototype.trim may remove (every ASCII control too, to stay on the safe side): a text whose
 * first character is not one of them starts, once trimmed, with that same character.
 */
const mayBeTrimmed = (c: number): boolean => {
  if (c <= 32) return true;
  if (c < 0xa0 || (c > 0x3000 && c < 0xfeff)) return false; // ASCII text, CJK: the common answers first
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
};

const sciPattern = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;

/** Excel turns long digit strings into `2.6073E+20`: the digits are gone, so such a row is refused. */
export const isScientificNotation = (text: string): boolean => {
  // One pass over the characters settles most texts: one the pattern cannot hold (and trim cannot remove)
  // means no; only digits, signs and dots without an E mean no too. The rest go to the pattern.
  let hasE = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 43 || c === 45) continue;
    if (c === 69 || c === 101) hasE = true;
    else if (mayBeTrimmed(c)) return (text.includes('E') || text.includes('e')) && sciPattern.test(text.trim());
    else return false;
  }
  return hasE && sciPattern.test(text.trim());
};

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
const readChinaTime = (text: string): number | null => {
  if (
    text.length === 19 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 32 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58
  ) {
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
      const days =
        (y - 1970) * 365 +
        (Math.floor(y1 / 4) - 492) -
        (Math.floor(y1 / 100) - 19) +
        (Math.floor(y1 / 400) - 4) +
        (daysBefore[mo - 1] ?? 0) +
        (leap && mo > 2 ? 1 : 0) +
        d -
        1;
      return ((days * 24 + h) * 60 + mi) * 60000 + s * 1000 - chinaOffsetMs;
    }
  }
  return parseChinaTime(text);
};
/** A row often repeats a time (paid = ordered, consecutive rows of one second): the last text is remembered. */
let lastTimeText = '';
let lastTime = readChinaTime(lastTimeText);
export const fastChinaTime = (text: string): number | null => {
  if (text !== lastTimeText) {
    lastTime = readChinaTime(text);
    lastTimeText = text;
  }
  return lastTime;
};

/** Statuses repeat across a million rows: map each distinct text once. */
const orderStatusCache = new Map<string, OrderStatus>();
export const cachedOrderStatus = (text: string): OrderStatus => {
  let status = orderStatusCache.get(text);
  if (status === undefined) {
    status = mapOrderStatus(text);
    if (orderStatusCache.size < 10_000) orderStatusCache.set(text, status);
  }
  return status;
};

/** Order numbers: `260730-590830166131860` (date + 15 digits); letters allowed for other platforms' ids. */
export const orderNumberPattern = /^[0-9A-Za-z][0-9A-Za-z-]{5,47}$/;
export const identifierPattern = /^[0-9A-Za-z][0-9A-Za-z._\-/]{0,99}$/;

const totalMarker = /^(合计|总计|汇总|total)[:：]?$/i;

/** What a cell says about its row (numbers, not strings: this runs for every cell of the file). */
export const CellKind = { Blank: 0, Filled: 1, TotalMarker: 2 } as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/**
 * What one cell says about its row — the definition the skip rule is built on. A total marker is at most 6
 * characters once trimmed, so only cells of up to 12 characters are trimmed and tested; a longer cell is filled
 * unless it is all whitespace.
 */
export const cellKind = (cell: string): CellKind => {
  if (cell.length === 0) return CellKind.Blank;
  if (cell.length > 12) return cell.charCodeAt(0) > 32 || cell.trim() !== '' ? CellKind.Filled : CellKind.Blank;
  const text = cell.trim();
  if (text === '') return CellKind.Blank;
  return text.length <= 6 && totalMarker.test(text) ? CellKind.TotalMarker : CellKind.Filled;
};

/**
 * Answers cellKind without trimming or a regexp for the cells a million-row file is made of: a cell whose first
 * character is neither one trim may remove nor the first character of a total marker (t T 合 总 汇) is filled.
 * Anything else (-1) is left to cellKind.
 */
export const quickCellKind = (cell: string): CellKind | -1 => {
  if (cell.length === 0) return CellKind.Blank;
  const c = cell.charCodeAt(0);
  if (mayBeTrimmed(c) || c === 0x74 || c === 0x54 || c === 0x5408 || c === 0x603b || c === 0x6c47) return -1;
  return CellKind.Filled;
};

/** Blank lines and total rows (合计/总计) carry no order and are skipped, not rejected. */
export const isSkippableRow = (cells: readonly string[]): boolean => {
  let filled = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    let kind = quickCellKind(cell);
    if (kind === -1) kind = cellKind(cell);
    if (kind === CellKind.TotalMarker) return true;
    if (kind === CellKind.Filled) filled = true;
  }
  return !filled;
};

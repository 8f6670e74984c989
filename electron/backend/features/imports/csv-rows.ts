/**
 * A streaming CSV reader (RFC 4180 plus what Excel and the PDD back office write: CRLF or LF, quoted fields
 * with delimiters, doubled quotes and newlines). Measured faster than csv-parse on the 1M-row bench, and it
 * reports what a merchant needs: the spreadsheet row number of every record, an unclosed quote, an oversized row.
 */
export interface CsvRecord {
  /** 1-based record number, as a spreadsheet shows it (a quoted newline does not start a new row). */
  row: number;
  cells: string[];
  /** Set when the record could not be read whole. */
  problem?: 'unterminated_quote' | 'row_too_long';
}

/** indexOf, answering the end of the text (not -1) when absent, so positions compare with Math.min. */
const find = (text: string, what: string, from: number): number => {
  const at = text.indexOf(what, from);
  return at < 0 ? text.length : at;
};

const QUOTE = 34;
const CR = 13;
const LF = 10;

export class CsvRowReader {
  private pending = '';
  private row = 0;
  /** While skipping an oversized record: are we inside quotes? */
  private skipping: { inQuotes: boolean } | null = null;
  private readonly delim: number;
  /**
   * The next LF, CR and quote at or after the reader's position in the current input (its length when none),
   * kept across records so each is searched for once per stretch of text. Reset when the input changes.
   */
  private lfAt = -1;
  private crAt = -1;
  private quoteAt = -1;

  constructor(
    private readonly delimiter: string,
    private readonly maxRowChars = 1 << 20,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Feeds decoded text; returns the records completed by it. */
  push(text: string, out: CsvRecord[] = []): CsvRecord[] {
    let input = this.pending.length ? this.pending + text : text;
    this.pending = '';
    this.lfAt = this.crAt = this.quoteAt = -1;
    let pos = 0;
    if (this.skipping) {
      pos = this.skipRest(input, 0);
      if (pos < 0) return out;
    }
    while (pos < input.length) {
      const next = this.readRecord(input, pos, false, out);
      if (next < 0) {
        const rest = input.length - pos;
        if (rest > this.maxRowChars) {
          this.row += 1;
          out.push({ row: this.row, cells: [], problem: 'row_too_long' });
          this.skipping = { inQuotes: false };
          const after = this.skipRest(input, pos);
          if (after < 0) return out;
          input = input.slice(after);
          pos = 0;
          this.lfAt = this.crAt = this.quoteAt = -1;
          continue;
        }
        this.pending = input.slice(pos);
        return out;
      }
      pos = next;
    }
    return out;
  }

  /**
   * Hands off the complete records of the held partial record plus `text` unparsed, so that another reader
   * (on another thread: read-worker.ts) parses them, exactly as push() would have: answers their text, up to the
   * end of the last complete record, with the row number of its first record, and keeps the rest as the
   * partial record; or null (nothing complete, an oversized record being skipped or left over: call push).
   */
  takeWholeRecords(text: string): { text: string; firstRow: number } | null {
    if (this.skipping) return null;
    const input = this.pending.length ? this.pending + text : text;
    let cut = 0;
    let records = 0;
    for (let next = this.recordEnd(input, 0); next >= 0; next = this.recordEnd(input, cut)) {
      cut = next;
      records += 1;
    }
    if (records === 0 || input.length - cut > this.maxRowChars) return null;
    const firstRow = this.row + 1;
    this.row += records;
    this.pending = input.slice(cut);
    return { text: input.slice(0, cut), firstRow };
  }

  /**
   * Where the record starting at `start` ends (the index after its line end), or -1 when `input` does not hold
   * all of it — the same fields and the same rules as readRecord, without cutting out any text.
   */
  private recordEnd(input: string, start: number): number {
    const n = input.length;
    const lf = input.indexOf('\n', start);
    const cr = input.indexOf('\r', start);
    const lineEnd = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (lineEnd < 0) return -1;
    const quote = input.indexOf('"', start);
    // No quote before the line break: no field of this record is quoted.
    if (quote < 0 || quote > lineEnd) return this.afterLineEnd(input, lineEnd);
    const d = this.delim;
    let i = start;
    for (;;) {
      if (i < n && input.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        for (;;) {
          const q = input.indexOf('"', from);
          if (q < 0 || q + 1 >= n) return -1;
          if (input.charCodeAt(q + 1) === QUOTE) from = q + 2;
          else {
            i = q + 1;
            break;
          }
        }
      }
      // An unquoted field, or what follows a closing quote: up to the delimiter or the line break.
      while (i < n) {
        const c = input.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      if (i >= n) return -1;
      if (input.charCodeAt(i) !== d) return this.afterLineEnd(input, i);
      i++;
    }
  }

  /** The index after the line break at `at` (CRLF is one), or -1 for a CR at the end (an LF may follow it). */
  private afterLineEnd(input: string, at: number): number {
    if (input.charCodeAt(at) === LF) return at + 1;
    if (at + 1 >= input.length) return -1;
    return input.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  }

  /** Starts counting rows after `row` (a reader given text that another reader cut off: takeWholeRecords). */
  startAfterRow(row: number): this {
    this.row = row;
    return this;
  }

  /** Flushes the last record (a file without a final newline). */
  end(out: CsvRecord[] = []): CsvRecord[] {
    if (this.skipping) {
      this.skipping = null;
      return out;
    }
    if (this.pending.length) {
      const input = this.pending;
      this.pending = '';
      this.lfAt = this.crAt = this.quoteAt = -1;
      this.readRecord(input, 0, true, out);
    }
    return out;
  }

  /** Consumes the rest of an oversized record; answers where the next record starts, or -1 (need more). */
  private skipRest(input: string, from: number): number {
    const state = this.skipping;
    if (!state) return from;
    for (let i = from; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === QUOTE) state.inQuotes = !state.inQuotes;
      else if (c === LF && !state.inQuotes) {
        this.skipping = null;
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Reads one record starting at `start`. Answers the index after its line end, or -1 when the record is not
   * complete in `input` (unless `final`, where the end of input ends it).
   */
  private readRecord(input: string, start: number, final: boolean, out: CsvRecord[]): number {
    let cells: string[] = [];
    const n = input.length;
    const d = this.delim;
    let i = start;
    let nextDelim = -1;
    for (;;) {
      if (i < n && input.charCodeAt(i) === QUOTE) {
        // Quoted field: find the closing quote, joining doubled quotes.
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = input.indexOf('"', from);
          if (q < 0) {
            if (!final) return -1;
            value += input.slice(from);
            this.row += 1;
            cells.push(value);
            out.push({ row: this.row, cells, problem: 'unterminated_quote' });
            return n;
          }
          if (q + 1 < n && input.charCodeAt(q + 1) === QUOTE) {
            value += input.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          if (q + 1 >= n && !final) return -1;
          value += input.slice(from, q);
          i = q + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept (lenient, as Excel is).
        let j = i;
        while (j < n) {
          const c = input.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          j++;
        }
        if (j > i) value += input.slice(i, j);
        cells.push(value);
        i = j;
      } else {
        if (this.lfAt < i) this.lfAt = find(input, '\n', i);
        if (this.crAt < i) this.crAt = find(input, '\r', i);
        if (this.quoteAt < i) this.quoteAt = find(input, '"', i);
        const lineEnd = this.lfAt < this.crAt ? this.lfAt : this.crAt;
        if (lineEnd >= n && !final) return -1;
        // Unquoted fields up to the line end, or up to the field holding the next quote, are exactly that text
        // split at the delimiter: one split instead of an indexOf and a slice per field.
        const plainEnd = this.quoteAt > lineEnd ? lineEnd : input.lastIndexOf(this.delimiter, this.quoteAt - 1);
        if (plainEnd >= i) {
          const fields = input.slice(i, plainEnd).split(this.delimiter);
          if (cells.length === 0) cells = fields;
          else for (const field of fields) cells.push(field);
          i = plainEnd;
        } else {
          // One field with a quote inside it (kept as text, as Excel does): it ends at the next delimiter or line
          // break. indexOf finds them far faster than a loop over char codes.
          if (nextDelim < i) nextDelim = find(input, this.delimiter, i);
          const j = Math.min(nextDelim, lineEnd);
          if (j >= n && !final) return -1;
          cells.push(input.slice(i, j));
          i = j;
        }
      }
      if (i >= n) {
        if (!final) return -1;
        this.row += 1;
        out.push({ row: this.row, cells });
        return n;
      }
      const c = input.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      // Line end: CRLF, LF or a lone CR.
      if (c === CR) {
        if (i + 1 >= n && !final) return -1;
        i += input.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i += 1;
      this.row += 1;
      out.push({ row: this.row, cells });
      return i;
    }
  }
}

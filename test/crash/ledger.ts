/**
 * What the driver knows about the store: every write it sent, and which of them were acknowledged (ok:true came
 * back). After a kill and restart, `verifyStore` reads the store and checks each fact:
 * - an acknowledged write must be there (for a field that was changed again, its value or a later one sent since);
 * - a write sent but not acknowledged may be there or not; whatever the store shows is durable from then on
 *   (it was read after a restart), so the ledger adopts it and later checks hold the store to it;
 * - an import is all there or not there at all: a committed run has every order of its file (lines too), a run
 *   that is not committed has none of them.
 * Every write carries a unique token (order, case and parcel numbers, message text, user names, draft notes),
 * so a write whose answer was lost can still be recognised.
 */
import type { Sqlite } from '../../electron/backend/db/connection';
import { verifyPin } from '../../electron/backend/features/users/pin';
import type { Role } from '../../shared/domain/roles';
import { tagSqlStart } from './order-files';

export type Created = 'acked' | 'pending';

/** A field set changed by writes one at a time: the last acknowledged value, and values sent after it without an answer. */
export class Versioned<V> {
  pending: V[] = [];
  constructor(public confirmed: V) {}
  sent(value: V): void {
    this.pending.push(value);
  }
  acked(value: V): void {
    const at = this.pending.indexOf(value);
    this.confirmed = value;
    this.pending = at >= 0 ? this.pending.slice(at + 1) : this.pending;
  }
  refused(value: V): void {
    this.pending = this.pending.filter((v) => v !== value);
  }
  allowed(): V[] {
    return [this.confirmed, ...this.pending];
  }
  get settled(): boolean {
    return this.pending.length === 0;
  }
}

export interface UserFields {
  name: string;
  role: Role;
  active: boolean;
}

export interface UserRec {
  /** The name it was created with (the token that finds it when the answer was lost). */
  createdName: string;
  id: string | null;
  created: Created;
  fields: Versioned<UserFields>;
  pin: Versioned<string>;
  /** The PIN changed since it was last checked (scrypt is slow: a few are checked per restart). */
  pinCheckDue: boolean;
  /** Created by the owner actor to be edited (not one of the actors' own accounts). */
  churn: boolean;
}

export interface OrderRec {
  orderNumber: string;
  id: string | null;
  created: Created;
  lines: number;
}

export interface InspectionState {
  seq: number;
  state: 'draft' | 'completed';
}

export interface CaseRec {
  caseNumber: string;
  orderNumber: string;
  id: string | null;
  created: Created;
  /** The package condition once received. */
  receipt: Versioned<string | null>;
  inspection: Versioned<InspectionState | null>;
  /** Next draft sequence number to send. */
  nextSeq: number;
}

export interface MessageRec {
  text: string;
  caseNumber: string;
  id: string | null;
  created: Created;
}

export interface ParcelRec {
  code: string;
  id: string | null;
  created: Created;
}

export interface ImportRec {
  tag: string;
  rows: number;
  preview: 'none' | Created;
  importId: string | null;
  newOrders: number | null;
  commit: 'none' | Created;
}

export interface Failure {
  cycle: number;
  what: string;
  detail: string;
}

export class Ledger {
  users: UserRec[] = [];
  orders: OrderRec[] = [];
  cases: CaseRec[] = [];
  messages: MessageRec[] = [];
  parcels: ParcelRec[] = [];
  imports: ImportRec[] = [];
  /** Ledger objects whose write was answered while an import commit was out (named in failures: the likely cause). */
  ackedDuringCommit = new WeakSet<object>();
  /** Counter for tokens; unique within the store. */
  private serial = 0;

  next(): number {
    this.serial += 1;
    return this.serial;
  }

  /** Cases whose every write has settled, that an inspector can pick up. */
  workableCases(): CaseRec[] {
    return this.cases.filter(
      (c) => c.created === 'acked' && c.id && c.receipt.settled && c.inspection.settled && c.inspection.confirmed?.state !== 'completed',
    );
  }
}

const tokenSeq = (notes: string | null): number | null => {
  const m = /#(\d+)\b/.exec(notes ?? '');
  return m ? Number(m[1]) : null;
};

const same = <V>(a: V, b: V): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface VerifyReport {
  /** Acknowledged facts checked against the store. */
  checked: number;
  failures: Failure[];
  orders: number;
}

/**
 * Checks the store against the ledger (see the top of this file) and adopts what unanswered writes left.
 * `db` is a read-only connection the caller opened after the restarted backend reported ready.
 */
export const verifyStore = async (
  db: Sqlite,
  ledger: Ledger,
  cycle: number,
  options: { pinChecks?: number } = {},
): Promise<VerifyReport> => {
  const failures: Failure[] = [];
  let checked = 0;
  const fail = (what: string, detail: string, marker?: object | null) =>
    failures.push({
      cycle,
      what,
      detail: marker && ledger.ackedDuringCommit.has(marker) ? `${detail} (it was answered while an import commit was in flight)` : detail,
    });

  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.length !== 1 || integrity[0] !== 'ok') fail('integrity_check', integrity.slice(0, 5).join('; '));
  const fkProblems = db.pragma('foreign_key_check') as unknown[];
  if (fkProblems.length > 0) fail('foreign_key_check', `${fkProblems.length} rows, e.g. ${JSON.stringify(fkProblems.slice(0, 3))}`);
  const journal = db.pragma('journal_mode', { simple: true }) as string;
  if (journal !== 'wal') fail('journal_mode', `the reopened store is in ${journal} mode, not wal`);

  // Users.
  const users = new Map(
    (
      db.prepare(`SELECT id, name, role, active, pin_hash FROM users`).all() as {
        id: string;
        name: string;
        role: Role;
        active: number;
        pin_hash: string;
      }[]
    ).map((u) => [u.id, u]),
  );
  const usersByName = new Map([...users.values()].map((u) => [u.name, u]));
  for (const user of [...ledger.users]) {
    if (user.created === 'pending') {
      const found = usersByName.get(user.createdName);
      if (!found) {
        ledger.users.splice(ledger.users.indexOf(user), 1);
        continue;
      }
      user.id = found.id;
      user.created = 'acked';
    }
    const row = user.id ? users.get(user.id) : undefined;
    checked += 1;
    if (!row) {
      fail('users.create', `acknowledged user ${user.createdName} (${user.id}) is missing`, user);
      ledger.users.splice(ledger.users.indexOf(user), 1); // reported once; the store is what it is now
      continue;
    }
    const observed: UserFields = { name: row.name, role: row.role, active: row.active === 1 };
    const match = user.fields.allowed().find((v) => same(v, observed));
    if (!match)
      fail(
        'users.update',
        `user ${user.id}: store has ${JSON.stringify(observed)}, acknowledged ${JSON.stringify(user.fields.confirmed)}`,
        user.fields.confirmed,
      );
    user.fields = new Versioned(match ?? observed);
  }
  let pinChecks = options.pinChecks ?? 2;
  for (const user of ledger.users) {
    if (!user.pinCheckDue || pinChecks <= 0 || !user.id) continue;
    const row = users.get(user.id);
    if (!row) continue;
    pinChecks -= 1;
    checked += 1;
    let match: string | undefined;
    for (const pin of user.pin.allowed()) {
      if (await verifyPin(pin, row.pin_hash)) {
        match = pin;
        break;
      }
    }
    if (!match) fail('users.update pin', `user ${user.id}: the acknowledged PIN (or a later one) does not open it`);
    user.pin = new Versioned(match ?? user.pin.confirmed);
    user.pinCheckDue = false;
  }

  // Orders entered by hand.
  const manualOrders = new Map(
    (
      db
        .prepare(
          `SELECT o.order_number, o.id, (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) AS lines FROM orders o WHERE o.source = 'manual'`,
        )
        .all() as {
        order_number: string;
        id: string;
        lines: number;
      }[]
    ).map((o) => [o.order_number, o]),
  );
  for (const order of [...ledger.orders]) {
    const row = manualOrders.get(order.orderNumber);
    if (order.created === 'pending') {
      if (!row) {
        ledger.orders.splice(ledger.orders.indexOf(order), 1);
        continue;
      }
      order.created = 'acked';
      order.id = row.id;
    }
    checked += 1;
    if (!row || row.id !== order.id) {
      fail('orders.create', `acknowledged order ${order.orderNumber} (${order.id}) is missing`, order);
      ledger.orders.splice(ledger.orders.indexOf(order), 1);
    } else if (row.lines !== order.lines)
      fail('orders.create', `order ${order.orderNumber} has ${row.lines} lines, acknowledged with ${order.lines}`);
  }

  // Cases, receipts, inspections.
  const caseRows = new Map(
    (
      db.prepare(`SELECT id, case_number, received_at, package_condition FROM after_sales_cases WHERE source = 'manual'`).all() as {
        id: string;
        case_number: string;
        received_at: number | null;
        package_condition: string | null;
      }[]
    ).map((c) => [c.case_number, c]),
  );
  const inspectionsByCase = new Map<string, { id: string; state: string; notes: string | null }[]>();
  for (const row of db.prepare(`SELECT id, case_id, state, notes FROM inspections WHERE kind = 'return' AND case_id IS NOT NULL`).all() as {
    id: string;
    case_id: string;
    state: string;
    notes: string | null;
  }[]) {
    const list = inspectionsByCase.get(row.case_id) ?? [];
    list.push(row);
    inspectionsByCase.set(row.case_id, list);
  }
  for (const rec of [...ledger.cases]) {
    const row = caseRows.get(rec.caseNumber);
    if (rec.created === 'pending') {
      if (!row) {
        ledger.cases.splice(ledger.cases.indexOf(rec), 1);
        continue;
      }
      rec.created = 'acked';
      rec.id = row.id;
    }
    checked += 1;
    if (!row || row.id !== rec.id) {
      fail('cases.create', `acknowledged case ${rec.caseNumber} (${rec.id}) is missing`, rec);
      ledger.cases.splice(ledger.cases.indexOf(rec), 1);
      continue;
    }
    const receipt = row.received_at === null ? null : row.package_condition;
    if (rec.receipt.confirmed !== null) checked += 1;
    if (!rec.receipt.allowed().includes(receipt)) {
      fail('receiving.receive', `case ${rec.caseNumber}: store has receipt ${receipt}, acknowledged ${rec.receipt.confirmed}`);
    }
    rec.receipt = new Versioned(rec.receipt.allowed().includes(receipt) ? receipt : rec.receipt.confirmed);

    const inspections = (inspectionsByCase.get(row.id) ?? []).filter((i) => i.state !== 'voided');
    if (inspections.length > 1) fail('inspections', `case ${rec.caseNumber} has ${inspections.length} open or completed inspections`);
    const only = inspections[0];
    const observed: InspectionState | null = only
      ? { seq: tokenSeq(only.notes) ?? -1, state: only.state as InspectionState['state'] }
      : null;
    if (rec.inspection.confirmed !== null) checked += 1;
    const match = rec.inspection.allowed().find((v) => same(v, observed));
    if (match === undefined) {
      const what = rec.inspection.confirmed?.state === 'completed' ? 'inspections.complete' : 'inspections.saveDraft';
      fail(
        what,
        `case ${rec.caseNumber}: store has ${JSON.stringify(observed)}, acknowledged ${JSON.stringify(rec.inspection.confirmed)}`,
        rec.inspection.confirmed,
      );
    }
    rec.inspection = new Versioned(match === undefined ? rec.inspection.confirmed : match);
    rec.nextSeq = Math.max(rec.nextSeq, (rec.inspection.confirmed?.seq ?? 0) + 1);
  }

  // Case messages.
  const messages = new Map(
    (db.prepare(`SELECT id, text FROM communications`).all() as { id: string; text: string }[]).map((m) => [m.text, m]),
  );
  for (const message of [...ledger.messages]) {
    const row = messages.get(message.text);
    if (message.created === 'pending') {
      if (!row) {
        ledger.messages.splice(ledger.messages.indexOf(message), 1);
        continue;
      }
      message.created = 'acked';
      message.id = row.id;
    }
    checked += 1;
    if (!row || row.id !== message.id) {
      fail('communications.add', `acknowledged message “${message.text}” (${message.id}) is missing`, message);
      ledger.messages.splice(ledger.messages.indexOf(message), 1);
    }
  }

  // Unmatched parcels.
  const parcels = new Map(
    (db.prepare(`SELECT id, code FROM unmatched_parcels`).all() as { id: string; code: string }[]).map((p) => [p.code, p]),
  );
  for (const parcel of [...ledger.parcels]) {
    const row = parcels.get(parcel.code);
    if (parcel.created === 'pending') {
      if (!row) {
        ledger.parcels.splice(ledger.parcels.indexOf(parcel), 1);
        continue;
      }
      parcel.created = 'acked';
      parcel.id = row.id;
    }
    checked += 1;
    if (!row || row.id !== parcel.id) {
      fail('parcels.recordUnmatched', `acknowledged parcel ${parcel.code} (${parcel.id}) is missing`, parcel);
      ledger.parcels.splice(ledger.parcels.indexOf(parcel), 1);
    }
  }

  // Imports: all or nothing.
  const runs = new Map(
    (db.prepare(`SELECT id, state FROM import_runs`).all() as { id: string; state: string }[]).map((r) => [r.id, r.state]),
  );
  const byTag = new Map<string, number>();
  const byImport = new Map<string, number>();
  for (const row of db
    .prepare(
      `SELECT import_id, substr(order_number, ${tagSqlStart}, 9) AS tag, count(*) AS n FROM orders WHERE source = 'import' GROUP BY 1, 2`,
    )
    .all() as { import_id: string | null; tag: string; n: number }[]) {
    byTag.set(row.tag, (byTag.get(row.tag) ?? 0) + row.n);
    if (row.import_id) byImport.set(row.import_id, (byImport.get(row.import_id) ?? 0) + row.n);
  }
  const linesByImport = new Map(
    (
      db
        .prepare(
          `SELECT o.import_id AS import_id, count(*) AS n FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.source = 'import' GROUP BY 1`,
        )
        .all() as {
        import_id: string | null;
        n: number;
      }[]
    ).map((r) => [r.import_id, r.n]),
  );
  for (const rec of ledger.imports) {
    const tagged = byTag.get(rec.tag) ?? 0;
    if (rec.preview !== 'acked' || !rec.importId) {
      // Never previewed with an answer, so never committed: none of its orders may be in the store.
      if (tagged !== 0) fail('imports', `import ${rec.tag} was never committed but ${tagged} of its orders are in the store`);
      continue;
    }
    const state = runs.get(rec.importId);
    checked += 1;
    if (!state) {
      fail('imports.preview', `acknowledged preview ${rec.importId} has no import_runs row`);
      continue;
    }
    const mine = byImport.get(rec.importId) ?? 0;
    const lines = linesByImport.get(rec.importId) ?? 0;
    const expected = rec.newOrders ?? rec.rows;
    if (state === 'committed') {
      if (rec.commit === 'none') fail('imports', `import ${rec.importId} is committed but its commit was never sent`);
      if (rec.commit === 'acked') checked += 1;
      if (mine !== expected || tagged !== expected || lines !== expected) {
        fail(
          'imports half-applied',
          `committed import ${rec.importId} (${rec.rows} rows) has ${mine} orders by import_id, ${tagged} by number, ${lines} lines; expected ${expected}`,
        );
      }
      rec.commit = 'acked';
    } else {
      if (rec.commit === 'acked') fail('imports.commit', `acknowledged commit of ${rec.importId} is gone: the run is ${state}`);
      if (mine !== 0 || tagged !== 0 || lines !== 0) {
        fail(
          'imports half-applied',
          `import ${rec.importId} is ${state} but ${mine} orders by import_id, ${tagged} by number, ${lines} lines are in the store`,
        );
      }
      if (state !== 'previewing' && state !== 'cancelled' && state !== 'failed')
        fail('imports', `import ${rec.importId} was left ${state}`);
      rec.commit = 'none';
    }
  }

  const orders = (db.prepare(`SELECT count(*) AS n FROM orders`).get() as { n: number }).n;
  return { checked, failures, orders };
};

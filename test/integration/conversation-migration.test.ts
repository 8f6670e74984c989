import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/backend/db/migrations';

/** Migration 17 rebuilds `communications` (SQLite cannot widen a CHECK): every old row must come through. */
describe('migration 17: the conversation record', () => {
  it('keeps every message, moves old internal notes to the note channel, and accepts the new directions and channels', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of migrations.slice(0, 16)) {
      db.exec(m.sql);
      m.after?.(db);
    }
    db.exec(`
      INSERT INTO users (id, name, role, pin_hash, active, created_at, updated_at) VALUES ('u1', '小林', 'service', 'x', 1, 0, 0);
      INSERT INTO stores (id, name, created_at) VALUES ('s1', '童趣旗舰店', 0);
    `);
    const caseId = insertCase(db);
    const insert = db.prepare(
      `INSERT INTO communications (id, case_id, at, direction, channel, author_id, text, created_at) VALUES (?, ?, ?, ?, ?, 'u1', ?, ?)`,
    );
    insert.run('m1', caseId, 1, 'inbound', 'platform_chat', '开线了', 2);
    insert.run('m2', caseId, 3, 'internal', 'platform_chat', '先核实', 4);
    insert.run('m3', caseId, 5, 'outbound', 'email', '已回复', 6);

    const v17 = migrations[16]!;
    db.transaction(() => db.exec(v17.sql))();

    expect(db.prepare('SELECT id, direction, channel, text, at, created_at FROM communications ORDER BY id').all()).toEqual([
      { id: 'm1', direction: 'inbound', channel: 'platform_chat', text: '开线了', at: 1, created_at: 2 },
      { id: 'm2', direction: 'internal', channel: 'note', text: '先核实', at: 3, created_at: 4 },
      { id: 'm3', direction: 'outbound', channel: 'email', text: '已回复', at: 5, created_at: 6 },
    ]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    insert.run('m4', caseId, 7, 'from_platform', 'platform_message', '平台已介入', 8);
    expect(() => db.prepare(`UPDATE communications SET voided_at = 9 WHERE id = 'm4'`).run()).toThrow(/CHECK/);
    db.close();
  });
});

const insertCase = (db: BetterSqlite3.Database): string => {
  // The smallest order and case the schema accepts; columns are read from the table so the test follows v16 exactly.
  const required = (table: string) =>
    (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number; dflt_value: unknown; pk: number }[]).filter(
      (c) => c.notnull === 1 && c.dflt_value === null,
    );
  const fill = (table: string, values: Record<string, unknown>) => {
    const cols = required(table).map((c) => c.name);
    const row = Object.fromEntries(cols.map((c) => [c, values[c] ?? 0]));
    db.prepare(`INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`).run(row);
  };
  fill('orders', { id: 'o1', store_id: 's1', order_number: '261120-1', status: 'signed', raw_status: '已签收', source: 'manual' });
  fill('after_sales_cases', {
    id: 'c1',
    store_id: 's1',
    order_id: 'o1',
    case_number: 'AS1',
    type: 'return_refund',
    status: 'pending_merchant',
    source: 'manual',
    reason_category: 'quality',
    reason_text: '开线',
  });
  return 'c1';
};

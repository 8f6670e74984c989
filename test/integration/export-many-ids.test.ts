import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../electron/backend/core/ids';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * The contract lets a list export name up to 100,000 ids; SQLite allows at most 32,766 bound parameters
 * per statement, so the ids must travel as one parameter, not one each.
 */
let t: TestBackend;
const orderIds: string[] = [];

beforeAll(async () => {
  t = startTestBackend();
  await t.withUsers();
  const storeId = (t.backend.db.prepare('SELECT id FROM stores LIMIT 1').get() as { id: string }).id;
  const insert = t.backend.db.prepare(
    `INSERT INTO orders (id, store_id, order_number, raw_status, status, paid_at, source, created_at, updated_at)
     VALUES (?, ?, ?, '已发货', 'shipped', ?, 'manual', 0, 0)`,
  );
  t.backend.db.transaction(() => {
    for (let i = 0; i < 100_000; i += 1) {
      const id = newId();
      orderIds.push(id);
      insert.run(id, storeId, `260101-${String(i).padStart(12, '0')}`, 1_700_000_000_000 + i);
    }
  })();
});
afterAll(() => t.close());

describe('export.list with many ids', () => {
  it('exports 100,000 orders chosen by id (more than SQLite’s 32,766 parameters)', async () => {
    const file = await t.call('export.list', { list: 'orders', filter: { ids: orderIds }, format: 'csv', locale: 'en-US' });
    expect(file.rowCount).toBe(100_000);
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(100_001);
    expect(lines.some((line) => line.startsWith('260101-000000099999,'))).toBe(true);
  }, 60_000);

  it('keeps only the named ids, combined with the other filters', async () => {
    const chosen = [...orderIds.slice(0, 40_000), ...Array.from({ length: 1000 }, () => newId())];
    const file = await t.call('export.list', {
      list: 'orders',
      filter: { ids: chosen, q: '260101-00000000001' },
      format: 'csv',
      locale: 'en-US',
    });
    // order numbers 260101-000000000010 … 260101-000000000019: all among the first 40,000
    expect(file.rowCount).toBe(10);
    const none = await t.call('export.list', { list: 'cases', filter: { ids: orderIds.slice(0, 50_000) }, format: 'csv', locale: 'en-US' });
    expect(none.rowCount).toBe(0);
    const inspections = await t.call('export.list', { list: 'inspections', filter: { ids: orderIds }, format: 'csv', locale: 'en-US' });
    expect(inspections.rowCount).toBe(0);
  }, 60_000);
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../../shared/contract';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';

const hour = 3_600_000;
const clock = Date.UTC(2026, 5, 1, 2, 0, 0);
let t: TestBackend;

beforeEach(async () => {
  t = startTestBackend({ now: () => clock });
  await t.withUsers();
  insertCatalogFixture(t.backend.db, clock);
});
afterEach(() => t.close());

type CaseInput = Input<'cases.create'>;
const addCase = async (n: number, fields: Partial<CaseInput>) => {
  await t.call(
    'orders.create',
    { orderNumber: `260601-${n}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
    'service',
  );
  await t.call(
    'cases.create',
    { caseNumber: `CASE-${n}`, orderNumber: `260601-${n}`, type: 'return_refund', reasonCategory: 'quality', ...fields },
    'service',
  );
};
const caseNumbersIn = (csv: string) => [...csv.matchAll(/CASE-\d+/g)].map((m) => m[0]).sort();

describe('exporting the Cases screen', () => {
  // Found by hand: the tab "处理中" with type 维修 showed 3 cases and exported 51 of every status.
  it('writes exactly the cases the list shows for its tab, type, reason, dispute flag and search', async () => {
    await addCase(1, { type: 'repair' });
    await addCase(2, { type: 'repair', requestedAt: clock - 48 * hour, deadlineAt: clock - hour });
    await addCase(3, { type: 'repair', status: 'succeeded' });
    await addCase(4, { type: 'exchange' });
    await addCase(5, { type: 'repair', reasonCategory: 'wrong_size' });

    const queries: NonNullable<Input<'export.list'>['filter']>['caseList'][] = [
      { group: 'open', type: 'repair' },
      { group: 'overdue', type: 'repair' },
      { group: 'all', type: 'repair', reasonCategory: 'quality' },
      { group: 'open', q: 'CASE-4' },
      { group: 'due_soon', type: 'exchange' },
    ];
    for (const caseList of queries) {
      const list = await t.call('cases.list', { ...caseList!, limit: 1000 }, 'service');
      const file = await t.call('export.list', { list: 'cases', filter: { caseList }, format: 'csv', locale: 'zh-CN' }, 'service');
      const csv = Buffer.from(file.base64, 'base64').toString('utf8');
      expect({ caseList, rows: caseNumbersIn(csv) }).toEqual({ caseList, rows: list.rows.map((r) => r.caseNumber).sort() });
      expect(file.rowCount).toBe(list.total);
    }
    const open = await t.call(
      'export.list',
      { list: 'cases', filter: { caseList: { group: 'open', type: 'repair' } }, format: 'csv', locale: 'zh-CN' },
      'service',
    );
    expect(caseNumbersIn(Buffer.from(open.base64, 'base64').toString('utf8'))).toEqual(['CASE-1', 'CASE-2', 'CASE-5']);
  });

  it('exports nothing, not everything, when the list shows nothing', async () => {
    await addCase(1, {});
    const file = await t.call(
      'export.list',
      { list: 'cases', filter: { caseList: { group: 'overdue' } }, format: 'csv', locale: 'en-US' },
      'service',
    );
    expect(file.rowCount).toBe(0);
  });
});

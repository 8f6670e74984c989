import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../support/backend';
import { samplesDir, upload } from './import-helpers';

let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterEach(() => t.close());

const importText = async (name: string, text: string) => {
  const ref = await upload(t, name, text);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
  await t.call('imports.commit', { importId: preview.importId });
  return preview;
};
const one = <T>(sql: string, ...params: unknown[]) => t.backend.db.prepare(sql).get(...params) as T;

it('a newer export updates statuses, times and tracking numbers and never touches what users entered', async () => {
  const orders = readFileSync(join(samplesDir, 'pdd-orders.csv'), 'utf8');
  const cases = readFileSync(join(samplesDir, 'pdd-aftersales.csv'), 'utf8');
  await importText('orders.csv', orders);
  await importText('cases.csv', cases);

  // What users enter: a receipt on one case, a message, a completed inspection.
  const caseRow = one<{ id: string }>(`SELECT id FROM after_sales_cases WHERE case_number = '890840883459'`);
  const inspector = one<{ id: string }>(`SELECT id FROM users WHERE role = 'inspector'`);
  t.backend.db
    .prepare(
      `UPDATE after_sales_cases SET status = 'received', received_at = 1786000000000, received_by = ?, package_condition = 'opened' WHERE id = ?`,
    )
    .run(inspector.id, caseRow.id);
  t.backend.db
    .prepare(
      `INSERT INTO communications (id, case_id, at, direction, channel, text, created_at) VALUES ('C1', ?, 1, 'outbound', 'platform_chat', '已收到退货', 1)`,
    )
    .run(caseRow.id);
  t.backend.db
    .prepare(
      `INSERT INTO inspections (id, kind, case_id, inspector_id, state, started_at, completed_at, grade, notes, updated_at) VALUES ('I1', 'return', ?, ?, 'completed', 1, 2, 'B', '吊牌缺失', 2)`,
    )
    .run(caseRow.id, inspector.id);

  // The newer order export: an awaiting-shipment order has shipped with a tracking number.
  const newerOrders = orders
    .replace(
      '儿童防滑运动鞋 透气网面,260806-487574911862527,待发货,79.00,0.00,0.00,0.00,0.00,79.00,79.00,1,2026-08-06 03:46:00,,,',
      '儿童防滑运动鞋 透气网面,260806-487574911862527,已发货，待签收,79.00,0.00,0.00,0.00,0.00,79.00,79.00,1,2026-08-06 03:46:00,2026-08-07 10:00:00,,',
    )
    .replace(',送小礼品,无售后或售后取消,,,2026-08-06 03:46:00', ',送小礼品,无售后或售后取消,YT1234567890,圆通快递,2026-08-06 03:46:00');
  expect(newerOrders).not.toBe(orders);
  const preview = await importText('orders-newer.csv', newerOrders);
  expect(preview.counts.orders).toEqual({ new: 0, updated: 1, unchanged: 299, rejected: 0 });
  expect(one(`SELECT status, shipped_at, tracking_number, courier FROM orders WHERE order_number = '260806-487574911862527'`)).toEqual({
    status: 'shipped',
    shipped_at: Date.UTC(2026, 7, 7, 2, 0),
    tracking_number: 'YT1234567890',
    courier: '圆通快递',
  });

  // The newer after-sales export: the received case moves on at the platform (not final) and another one closes.
  const newerCases = cases
    .replace('890840883459,260926-388853933633875,退货退款,平台处理中', '890840883459,260926-388853933633875,退货退款,退货退款，待商家处理')
    .replace('231860907422,260929-335326502014620,换货,退货退款，待商家处理', '231860907422,260929-335326502014620,换货,退款成功');
  const casePreview = await importText('cases-newer.csv', newerCases);
  expect(casePreview.counts.cases).toEqual({ new: 0, updated: 2, unchanged: 22, rejected: 0 });
  expect(
    one(`SELECT raw_status, status, received_at, received_by, package_condition FROM after_sales_cases WHERE id = ?`, caseRow.id),
  ).toEqual({
    raw_status: '退货退款，待商家处理',
    status: 'received', // the warehouse step stays until the platform finishes the case
    received_at: 1786000000000,
    received_by: inspector.id,
    package_condition: 'opened',
  });
  expect(one(`SELECT status FROM after_sales_cases WHERE case_number = '231860907422'`)).toEqual({ status: 'succeeded' });
  expect(one(`SELECT count(*) AS n FROM communications WHERE case_id = ?`, caseRow.id)).toEqual({ n: 1 });
  expect(one(`SELECT grade, notes, state FROM inspections WHERE id = 'I1'`)).toEqual({ grade: 'B', notes: '吊牌缺失', state: 'completed' });

  // A final platform status does move a received case on.
  await importText(
    'cases-final.csv',
    newerCases.replace(
      '890840883459,260926-388853933633875,退货退款,退货退款，待商家处理',
      '890840883459,260926-388853933633875,退货退款,退款成功',
    ),
  );
  expect(one(`SELECT status, received_at FROM after_sales_cases WHERE id = ?`, caseRow.id)).toEqual({
    status: 'succeeded',
    received_at: 1786000000000,
  });
});

it('cancel drops a previewed import and nothing is written; a committed import cannot be committed twice', async () => {
  const ref = await upload(t, 'pdd-orders.csv', join(samplesDir, 'pdd-orders.csv'), true);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
  expect(await t.call('imports.cancel', { importId: preview.importId })).toEqual({ importId: preview.importId, state: 'cancelled' });
  expect(one(`SELECT count(*) AS n FROM orders`)).toEqual({ n: 0 });
  const again = await t.raw('imports.commit', { importId: preview.importId });
  expect(again.ok).toBe(false);
  if (!again.ok) expect(again.error.message).toMatch(/is cancelled; only a previewed import can be committed/);

  const second = await t.call('imports.preview', { uploadId: ref.uploadId });
  await t.call('imports.commit', { importId: second.importId });
  const twice = await t.raw('imports.commit', { importId: second.importId });
  expect(twice.ok).toBe(false);
  expect((await t.call('imports.history', {})).map((r) => r.state)).toEqual(['committed', 'cancelled']);
});

it('inspectors may not import', async () => {
  const ref = await upload(t, 'pdd-orders.csv', join(samplesDir, 'pdd-orders.csv'), true);
  const result = await t.raw('imports.preview', { uploadId: ref.uploadId }, 'inspector');
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
});

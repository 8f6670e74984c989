import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseStatuses, mapCaseStatus, refundAgreedByOfText, waitingOnByStatus, type WaitingOn } from '../../shared/domain/aftersales';
import { insertCatalogFixture } from '../support/catalog-fixture';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * Who is waiting on whom (issue 15, item 1). The platform's status list, transcribed here a second time from
 * DOMAIN.md ("After-sales statuses" and "Service desk") with the party each one waits on, independently of
 * shared/domain/aftersales.ts; and the queues on a real SQLite file: only cases waiting on the merchant are ever
 * overdue or due soon, and a status text we do not know gets a queue of its own.
 */
const platformStatuses: readonly (readonly [code: number, text: string, waitingOn: WaitingOn])[] = [
  [2, '买家申请退款，待商家处理', 'merchant'],
  [3, '退货退款，待商家处理', 'merchant'],
  [4, '商家同意退款，退款中', 'platform'],
  [5, '平台同意退款，退款中', 'platform'],
  [6, '驳回退款，待买家处理', 'buyer'],
  [7, '已同意退货退款，待用户发货', 'buyer'],
  [8, '平台处理中', 'platform'],
  [9, '平台拒绝退款，退款关闭', 'nobody'],
  [10, '退款成功', 'nobody'],
  [11, '买家撤销', 'nobody'],
  [12, '买家逾期未处理，退款失败', 'nobody'],
  [13, '买家逾期，超过有效期', 'nobody'],
  [14, '换货补寄待商家处理', 'merchant'],
  [15, '换货补寄待用户处理', 'buyer'],
  [16, '换货补寄成功', 'nobody'],
  [17, '换货补寄失败', 'nobody'],
  [18, '换货补寄待用户确认完成', 'buyer'],
  [21, '待商家同意维修', 'merchant'],
  [22, '待用户确认发货', 'buyer'],
  [24, '维修关闭', 'nobody'],
  [25, '维修成功', 'nobody'],
  [27, '待用户确认收货', 'buyer'],
  [31, '已同意拒收退款，待用户拒收', 'buyer'],
  [32, '补寄待商家发货', 'merchant'],
];

describe('who each platform status waits on', () => {
  for (const [code, text, expected] of platformStatuses) {
    it(`${code} ${text} → ${expected}`, () => {
      expect(waitingOnByStatus[mapCaseStatus(text)]).toBe(expected);
    });
  }

  it('keeps 4 (merchant agreed) and 5 (platform agreed) apart, with or without punctuation', () => {
    expect(refundAgreedByOfText('商家同意退款，退款中')).toBe('merchant');
    expect(refundAgreedByOfText('商家同意退款,退款中')).toBe('merchant');
    expect(refundAgreedByOfText('平台同意退款，退款中')).toBe('platform');
    expect(refundAgreedByOfText(' 平台同意退款 退款中')).toBe('platform');
    expect(refundAgreedByOfText('退款成功')).toBeNull();
  });

  it('sends a text nobody knows to review, never to a guess', () => {
    expect(waitingOnByStatus[mapCaseStatus('商家已拒绝，待平台仲裁（新）')]).toBe('review');
  });
});

describe('the queues on a real store', () => {
  const hour = 3_600_000;
  const clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  let t: TestBackend;
  beforeEach(async () => {
    t = startTestBackend({ now: () => clock });
    await t.withUsers();
    insertCatalogFixture(t.backend.db, clock);
  });
  afterEach(() => t.close());

  /** A case past its deadline whose platform status is `rawStatus` (as an import would store it). */
  const lateCase = async (suffix: string, rawStatus: string) => {
    await t.call(
      'orders.create',
      { orderNumber: `260601-${suffix}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
      'service',
    );
    const created = await t.call(
      'cases.create',
      {
        caseNumber: `CASE-${suffix}`,
        orderNumber: `260601-${suffix}`,
        type: 'return_refund',
        reasonCategory: 'quality',
        refundFen: 3990,
        deadlineAt: clock + hour,
      },
      'service',
    );
    t.backend.db
      .prepare('UPDATE after_sales_cases SET raw_status = ?, status = ?, merchant_deadline_at = ? WHERE id = ?')
      .run(rawStatus, mapCaseStatus(rawStatus), clock - 2 * hour, created.id);
    return created.id;
  };

  it('counts as overdue only the late case waiting on the merchant, and puts the unknown status in its own queue', async () => {
    const merchant = await lateCase('M', '买家申请退款，待商家处理');
    const buyer = await lateCase('B', '已同意退货退款，待用户发货');
    const platform = await lateCase('P', '平台处理中');
    const refunding = await lateCase('R', '平台同意退款，退款中');
    const unknown = await lateCase('U', '商家已拒绝，待平台仲裁（新）');

    const list = await t.call('cases.list', { group: 'open' }, 'service');
    expect(list.counts).toMatchObject({ open: 5, overdue: 1, due_soon: 0, needs_review: 1 });
    expect((await t.call('cases.list', { group: 'overdue' }, 'service')).rows.map((r) => r.id)).toEqual([merchant]);
    expect((await t.call('cases.list', { group: 'needs_review' }, 'service')).rows.map((r) => r.id)).toEqual([unknown]);

    const byId = new Map(list.rows.map((r) => [r.id, r]));
    expect(byId.get(merchant)).toMatchObject({ waitingOn: 'merchant', refundAgreedBy: null });
    expect(byId.get(buyer)).toMatchObject({ waitingOn: 'buyer' });
    expect(byId.get(platform)).toMatchObject({ waitingOn: 'platform' });
    expect(byId.get(refunding)).toMatchObject({ waitingOn: 'platform', refundAgreedBy: 'platform' });
    expect(byId.get(unknown)).toMatchObject({ waitingOn: 'review', rawStatus: '商家已拒绝，待平台仲裁（新）', status: 'other' });
    // The most urgent row is the one the desk can still act on.
    expect(list.rows[0]?.id).toBe(merchant);
  });

  it('stores waiting_on (a generated column, migration 0011) exactly as the domain table says, for every status', async () => {
    const id = await lateCase('X', '买家申请退款，待商家处理');
    for (const status of caseStatuses) {
      t.backend.db.prepare('UPDATE after_sales_cases SET status = ? WHERE id = ?').run(status, id);
      const stored = t.backend.db.prepare('SELECT waiting_on FROM after_sales_cases WHERE id = ?').pluck().get(id);
      expect(stored, status).toBe(waitingOnByStatus[status]);
    }
  });
});

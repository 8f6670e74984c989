import { describe, expect, it } from 'vitest';
import { caseStatusByText, mapCaseStatus, mapOrderStatus, mapReasonCategory } from './aftersales';

describe('platform texts map to our enums', () => {
  it('maps every documented after-sales status text, with either comma', () => {
    expect(mapCaseStatus('退货退款，待商家处理')).toBe('pending_merchant');
    expect(mapCaseStatus('退货退款,待商家处理')).toBe('pending_merchant');
    expect(mapCaseStatus('已同意退货退款，待用户发货')).toBe('awaiting_return');
    expect(mapCaseStatus('平台处理中')).toBe('platform_review');
    expect(mapCaseStatus('退款成功')).toBe('succeeded');
    expect(mapCaseStatus('买家撤销')).toBe('closed');
    expect(Object.keys(caseStatusByText)).toHaveLength(24);
  });

  it('keeps an unknown status as other', () => {
    expect(mapCaseStatus('某个新状态')).toBe('other');
  });

  it('maps order statuses seen in exports', () => {
    expect(mapOrderStatus('已签收')).toBe('signed');
    expect(mapOrderStatus('已发货，待签收')).toBe('shipped');
    expect(mapOrderStatus('待发货')).toBe('awaiting_shipment');
    expect(mapOrderStatus('已取消')).toBe('cancelled');
    expect(mapOrderStatus('未发货，退款成功')).toBe('cancelled');
    expect(mapOrderStatus('???')).toBe('other');
  });

  it('puts the buyer’s stated reason in a category', () => {
    expect(mapReasonCategory('七天无理由退货')).toBe('no_reason_7day');
    expect(mapReasonCategory('不想要了')).toBe('no_reason_7day');
    expect(mapReasonCategory('质量问题')).toBe('quality');
    expect(mapReasonCategory('商品与描述不符')).toBe('not_as_described');
    expect(mapReasonCategory('尺码不合适')).toBe('wrong_size');
    expect(mapReasonCategory('少件/漏发')).toBe('missing_parts');
    expect(mapReasonCategory('发错货')).toBe('wrong_item');
    expect(mapReasonCategory('快递破损')).toBe('transit_damage');
    expect(mapReasonCategory('其他原因')).toBe('other');
  });
});

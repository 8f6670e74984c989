import { describe, expect, it } from 'vitest';
import { storePolicySections, storePolicyTextZh, type StorePolicyInput } from './store-policy-text';

const input: StorePolicyInput = {
  noReasonWindowDays: 7,
  refundHours: 48,
  responseHours: 48,
  freeReturnShipping: false,
  exceptionsInUse: [],
};

const section = (i: StorePolicyInput, key: string) => storePolicySections(i).find((s) => s.key === key);

describe('store-page policy text', () => {
  it('covers how to start, time limits, condition, exceptions, quality, freight and refund timing, in both languages', () => {
    const sections = storePolicySections(input);
    expect(sections.map((s) => s.key)).toEqual(['start', 'window', 'condition', 'exceptions', 'quality', 'freight', 'refund']);
    for (const s of sections) {
      expect(s.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reads the settings: window days from signing, refund and response hours', () => {
    const text = storePolicyTextZh({ ...input, noReasonWindowDays: 15, refundHours: 24, responseHours: 36 });
    expect(text).toContain('自物流签收之时起 15 天内（360 小时）');
    expect(text).toContain('1 天内为您办理退款');
    expect(text).toContain('36 小时内处理您的申请');
    expect(text.split('\n')[0]).toBe('退换货及售后说明');
  });

  it('never promises less than the law: 5 window days become 7, a 10-day refund becomes 7 days', () => {
    const text = storePolicyTextZh({ ...input, noReasonWindowDays: 5, refundHours: 240 });
    expect(text).toContain('7 天内（168 小时）');
    expect(text).toContain('7 天内为您办理退款');
  });

  it('lists only the exceptions set on products, or says every item qualifies', () => {
    expect(section(input, 'exceptions')?.zh).toBe('本店商品均支持七天无理由退货。');
    const some = section({ ...input, exceptionsInUse: ['perishable', 'hygiene_opened'] }, 'exceptions');
    expect(some?.zh).toBe(
      '以下商品不适用七天无理由退货（质量问题除外）：生鲜、易腐商品；拆封后影响卫生或人身健康的个人护理用品（如内衣、贴身用品）。',
    );
    expect(some?.en).toContain('fresh or perishable goods; personal-hygiene items once opened');
  });

  it('says who pays freight: the buyer for no-reason returns unless the shop includes return shipping; always the shop for quality', () => {
    expect(section(input, 'freight')?.zh).toContain('无理由退货的运费由您承担');
    expect(section({ ...input, freeReturnShipping: true }, 'freight')?.zh).toContain('退货包运费');
    expect(section(input, 'quality')?.zh).toContain('来回运费由本店承担');
  });
});

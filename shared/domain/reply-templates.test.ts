import { describe, expect, it } from 'vitest';
import {
  checkReply,
  chinaDeadlineText,
  fillTemplate,
  isUnchangedTemplate,
  neverSayHits,
  placeholderValuesOf,
  unfilledPlaceholders,
  type NeverSayPhrase,
} from './reply-templates';

// 2026-12-09 18:00 in China is 10:00 UTC.
const deadline = Date.UTC(2026, 11, 9, 10, 0);

describe('filling a reply template from the case', () => {
  const template = '亲，您好，我是{客服名}。您的订单{订单号}（{商品}）我们会在{处理时限}前为您{解决方案}，金额{金额}。{买家昵称}，请放心。';

  it('puts every known value in its place, in Chinese and through the English gloss', () => {
    const values = placeholderValuesOf({
      buyerName: '小鱼儿',
      orderNumber: '261120-100000000000001',
      productName: '纯棉短袖T恤',
      specText: '白色 M',
      deadlineAt: deadline,
      type: 'return_refund',
      refundFen: 3990,
      agentName: '小李',
    });
    expect(fillTemplate(template, values)).toBe(
      '亲，您好，我是小李。您的订单261120-100000000000001（纯棉短袖T恤（白色 M））我们会在12月9日 18:00前为您退货退款，金额¥39.90。小鱼儿，请放心。',
    );
    expect(fillTemplate('Order {order number}, {Amount}', values)).toBe('Order 261120-100000000000001, ¥39.90');
  });

  it('leaves what the case does not know as a visible placeholder, and finds each one', () => {
    const filled = fillTemplate(template, placeholderValuesOf({ orderNumber: 'A1', agentName: '小李' }));
    expect(filled).toContain('{商品}');
    expect(unfilledPlaceholders(filled)).toEqual(['{商品}', '{处理时限}', '{解决方案}', '{金额}', '{买家昵称}']);
    // A placeholder nobody knows is still a placeholder: a buyer must not receive it.
    expect(unfilledPlaceholders('您好 {优惠券} 和 {优惠券}')).toEqual(['{优惠券}']);
    expect(unfilledPlaceholders('完全填好的回复，没有括号')).toEqual([]);
    // A lone brace or a long braced passage is ordinary text, not a placeholder.
    expect(unfilledPlaceholders('表情 :-{ 和 {这是一段很长很长很长很长很长很长很长的说明文字呢}')).toEqual([]);
  });

  it('prefers the inspection’s suggested remedy and amount; a rejection is no remedy to offer', () => {
    expect(
      placeholderValuesOf({ type: 'return_refund', suggestedOutcome: 'partial_refund', suggestedRefundFen: 1500, refundFen: 3990 }),
    ).toMatchObject({
      remedy: '部分退款',
      amount: '¥15.00',
    });
    const rejected = placeholderValuesOf({
      type: 'refund_only',
      suggestedOutcome: 'reject_with_evidence',
      suggestedRefundFen: 0,
      refundFen: 3990,
    });
    expect(rejected).toMatchObject({ remedy: '退款', amount: null });
    expect(placeholderValuesOf({ productName: '帆布包' }).product).toBe('帆布包');
  });

  it('writes a deadline in China time, whatever the machine’s zone', () => {
    expect(chinaDeadlineText(deadline)).toBe('12月9日 18:00');
    expect(chinaDeadlineText(Date.UTC(2026, 11, 31, 16, 5))).toBe('1月1日 00:05');
  });
});

describe('the checks before a reply goes out', () => {
  it('notices the template sent word for word, but not once the agent has written in it', () => {
    const filled = '亲，您好，收到您的反馈了。';
    expect(isUnchangedTemplate(filled, '亲，您好，收到您的反馈了。 ')).toBe(true);
    expect(isUnchangedTemplate(filled, '亲，您好，收到您的反馈了。衣服领口开线的问题我来处理。')).toBe(false);
    expect(isUnchangedTemplate('', '')).toBe(false);
  });

  it('finds the never-say phrases in a reply, whatever the case of the letters', () => {
    const list: NeverSayPhrase[] = [
      { phrase: '是您自己', kind: 'blame' },
      { phrase: 'not our problem', kind: 'refusal' },
      { phrase: '你去投诉吧', kind: 'arguing' },
    ];
    expect(neverSayHits('这个是您自己弄坏的，Not Our Problem', list).map((p) => p.kind)).toEqual(['blame', 'refusal']);
    expect(neverSayHits('亲，非常抱歉，我们马上为您处理。', list)).toEqual([]);
  });
});

describe('checkReply, what the composer shows', () => {
  const phrases: NeverSayPhrase[] = [{ phrase: '不能退', kind: 'refusal' }];
  it('blocks an unfilled placeholder and an over-long text; warns for the unchanged template and never-say phrases', () => {
    const filled = '亲，您的订单{订单号}已收到。';
    expect(checkReply(filled, { outbound: true, filledTemplate: filled, phrases })).toMatchObject({
      unfilled: ['{订单号}'],
      unchanged: true,
      blocked: true,
    });
    const edited = checkReply('亲，您的订单A1已收到，这个不能退。', { outbound: true, filledTemplate: filled, phrases });
    expect(edited).toMatchObject({ unfilled: [], unchanged: false, blocked: false });
    expect(edited.neverSay.map((p) => p.phrase)).toEqual(['不能退']);
    const huge = checkReply('亲'.repeat(10 * 1024 * 1024), { outbound: true, filledTemplate: null, phrases });
    expect(huge).toMatchObject({ tooLong: true, blocked: true });
    // A buyer's message or an internal note is recorded as written: only its length is checked.
    expect(checkReply('{订单号} 不能退', { outbound: false, filledTemplate: null, phrases })).toMatchObject({
      unfilled: [],
      neverSay: [],
      blocked: false,
    });
  });
});

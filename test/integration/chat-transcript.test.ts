import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../shared/domain/chat-transcript';
import { parseChinaTime } from '../../shared/domain/time';

const sample = readFileSync(join(import.meta.dirname, '../fixtures/chat/pdd-merchant-chat.txt'), 'utf8');
const options = { today: '2026-11-22' };

describe('pasting a Pinduoduo merchant chat', () => {
  const messages = parseTranscript(sample, options);

  it('splits it into messages with their speakers, times and sides', () => {
    expect(messages.map((m) => [m.speaker, m.side, m.at, m.note])).toEqual([
      [null, null, null, 'no_header'],
      ['小美爱购物', 'buyer', parseChinaTime('2026-11-20 14:03:12'), null],
      ['童趣旗舰店:小林', 'us', parseChinaTime('2026-11-20 14:05:40'), null],
      ['小美爱购物', 'buyer', parseChinaTime('2026-11-20 14:07'), null],
      [null, 'platform', parseChinaTime('2026-11-20 14:07'), null],
      ['童趣旗舰店:小林', 'us', parseChinaTime('2026-11-20 14:09:03'), null],
      ['小美爱购物', 'buyer', parseChinaTime('2026-11-20 14:10:27'), null],
      ['拼多多平台客服', 'platform', parseChinaTime('2026-11-21 09:30'), null],
      ['童趣旗舰店:小林', 'us', parseChinaTime('2026-11-21 09:41'), null],
    ]);
  });

  it('keeps multi-line messages and emoji whole', () => {
    expect(messages[1]?.text).toBe('你好，我买的那件羊毛开衫袖口开线了😭\n才穿了一次就这样\n[图片]');
    expect(messages[3]?.text).toBe('[图片]\n[图片]\n这样可以吗');
    expect(messages[4]?.text).toBe('[系统消息] 买家发起了售后申请：退货退款，原因：质量问题');
  });

  it('uses the shop’s agent names the agent gives, and today for a bare time', () => {
    const [m] = parseTranscript('小林 10:15\n好的', { today: '2026-11-22', ourNames: ['小林'] });
    expect(m).toMatchObject({ side: 'us', at: parseChinaTime('2026-11-22 10:15'), text: '好的' });
  });

  it('keeps lines it cannot place as one message with a note', () => {
    const result = parseTranscript('谢谢\n再见', options);
    expect(result).toEqual([{ header: null, speaker: null, at: null, side: null, text: '谢谢\n再见', note: 'no_header' }]);
  });

  it('never loses text: every non-empty line is in a message’s text or its header', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '小美爱购物 2026-11-20 14:03:12',
        '童趣旗舰店:小林 14:05',
        '—— 2026-11-21 ——',
        '[系统消息] 买家已退货',
        '14:03 小美',
        '😭👌',
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const result = parseTranscript(lines.join('\n'), options);
        const kept = result.map((m) => `${m.header ?? ''}\n${m.text}`).join('\n');
        for (const l of lines.flatMap((x) => x.split(/\r?\n/))) if (l.trim() !== '') expect(kept).toContain(l.trim());
        for (const m of result) expect(m.text.trim()).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

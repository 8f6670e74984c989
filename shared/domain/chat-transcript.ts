import { chinaOffsetMs, parseChinaTime } from './time';

/**
 * Splits a chat copied from the Pinduoduo merchant chat (拼多多商家后台 → 聊天记录) into messages. A message starts
 * with a header line: a speaker and a time ("小美爱购物 2026-11-20 14:03:12", "童趣旗舰店:小林  14:05"), or the time
 * first ("2026-11-20 14:03:12 小美爱购物"); the lines below it, up to the next header, are its text. A line holding
 * only a date ("2026-11-20", "—— 2026-11-21 ——") sets the day for times without one. System lines ("[系统消息] …",
 * "—— 买家申请了仅退款 ——") are the platform's. Nothing is dropped: lines before the first header become one
 * message with a note, and every message keeps its raw header line.
 */
export type TranscriptSide = 'buyer' | 'us' | 'platform';
export type TranscriptNote = 'no_header' | 'no_time';

export interface TranscriptMessage {
  /** The header line as pasted (null for system lines and the lines before the first header). */
  header: string | null;
  speaker: string | null;
  /** China time → UTC ms; null when the paste gave none (the agent fills it in the preview). */
  at: number | null;
  side: TranscriptSide | null;
  text: string;
  note: TranscriptNote | null;
}

export interface TranscriptOptions {
  /** The China date ("2026-11-20") for times given without a date, until a date line says otherwise. */
  today: string;
  /** Names that are the shop's own agents; otherwise a name with 旗舰店/专营店/客服/店铺 or a "shop:agent" form is ours. */
  ourNames?: readonly string[];
}

const date = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`;
const time = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const nameThenTime = new RegExp(String.raw`^(.{1,40}?)[\s:：]+(?:(${date})\s+)?(${time})$`);
const timeThenName = new RegExp(String.raw`^(?:(${date})\s+)?(${time})\s+(.{1,40})$`);
const dateOnly = new RegExp(String.raw`^[-—–=\s]*(${date})[-—–=\s]*$`);
const systemLine = /^(?:[[【(（]\s*系统[^\]】)）]*[\]】)）]|系统(?:消息|通知|提示)[:：]|[-—–]{2,})/;
const platformName = /^(?:系统|平台|拼多多|官方客服|平台客服)/;
const shopName = /(?:旗舰店|专营店|专卖店|客服|店铺|小店)|^[^:：]{2,}[:：][^:：]+$/;

const normaliseDate = (d: string) => d.replace(/[/.]/g, '-');

const chinaDayOf = (at: number) => new Date(at + chinaOffsetMs).toISOString().slice(0, 10);

export const sideOfSpeaker = (speaker: string, options: TranscriptOptions): TranscriptSide => {
  if (platformName.test(speaker)) return 'platform';
  if (options.ourNames?.some((n) => n.trim() !== '' && speaker.includes(n.trim()))) return 'us';
  return shopName.test(speaker) ? 'us' : 'buyer';
};

const readHeader = (line: string): { speaker: string; date: string | null; time: string } | null => {
  const a = nameThenTime.exec(line);
  if (a?.[1] && a[3] && !/^\d/.test(a[1])) return { speaker: a[1].trim(), date: a[2] ?? null, time: a[3] };
  const b = timeThenName.exec(line);
  if (b?.[2] && b[3]) return { speaker: b[3].trim(), date: b[1] ?? null, time: b[2] };
  return null;
};

export const parseTranscript = (pasted: string, options: TranscriptOptions): TranscriptMessage[] => {
  const messages: TranscriptMessage[] = [];
  let day = options.today;
  let lastAt: number | null = null;
  let open: TranscriptMessage | null = null;
  /** Date lines read since the last message began: they go into the next message's header, so none is lost. */
  let dateLines: string[] = [];
  const takeDateLines = (line: string | null): string | null => {
    const header = [...dateLines, ...(line === null ? [] : [line])].join('\n');
    dateLines = [];
    return header === '' ? null : header;
  };
  const close = () => {
    if (open) messages.push(open);
    open = null;
  };
  for (const raw of pasted.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const dayLine = dateOnly.exec(line);
    if (dayLine?.[1] && parseChinaTime(normaliseDate(dayLine[1])) !== null) {
      day = normaliseDate(dayLine[1]);
      dateLines.push(line);
      continue;
    }
    if (systemLine.test(line)) {
      close();
      const header = takeDateLines(null);
      messages.push({ header, speaker: null, at: lastAt, side: 'platform', text: line, note: lastAt === null ? 'no_time' : null });
      continue;
    }
    const header = readHeader(line);
    if (header) {
      close();
      if (header.date) day = normaliseDate(header.date);
      const at = parseChinaTime(`${day} ${header.time}`);
      if (at !== null) lastAt = at;
      open = {
        header: takeDateLines(line),
        speaker: header.speaker,
        at,
        side: sideOfSpeaker(header.speaker, options),
        text: '',
        note: at === null ? 'no_time' : null,
      };
      continue;
    }
    if (open && dateLines.length === 0) open.text = open.text ? `${open.text}\n${line}` : line;
    else if (open?.note === 'no_header' && open.header === null) open.text = `${open.text}\n${line}`;
    else {
      close();
      // Text under a date line but before any speaker: kept whole, flagged for the agent to place.
      open = { header: takeDateLines(null), speaker: null, at: null, side: null, text: line, note: 'no_header' };
    }
  }
  close();
  const trailing = takeDateLines(null);
  if (trailing !== null) messages.push({ header: null, speaker: null, at: null, side: null, text: trailing, note: 'no_header' });
  // A header with no text under it (a picture or a sticker the copy left out) keeps its header as its text.
  return messages.map((m) => (m.text === '' && m.header ? { ...m, text: m.header.split('\n').at(-1) ?? m.header } : m));
};

export { chinaDayOf };

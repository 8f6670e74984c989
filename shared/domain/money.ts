/**
 * Money is integer fen everywhere. Parsing works on the decimal text itself, never through floating point,
 * so `39.90`, `¥39.90` and `39.9` all become exactly 3990.
 */
const yuanPattern = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/;

export const parseYuanToFen = (text: string): number | null => {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '')
    .trim();
  const match = yuanPattern.exec(cleaned);
  if (!match) return null;
  const [, minus, whole = '0', fraction = ''] = match;
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return minus ? -fen : fen;
};

/** `3990` → `39.90`: for exports and inputs; display formatting is the renderer's (Intl, ¥). */
export const fenToYuanText = (fen: number): string => {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/**
 * Time is stored as UTC epoch milliseconds. Pinduoduo exports print China time (UTC+8, no daylight saving),
 * so a wall-clock text is converted with a fixed offset.
 */
export const chinaOffsetMs = 8 * 3600_000;
const wallClock = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export const parseChinaTime = (text: string): number | null => {
  const match = wallClock.exec(text.trim());
  if (!match) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - chinaOffsetMs;
  // Date.UTC rolls 31 Feb into March; a round trip catches impossible dates.
  const back = new Date(utc + chinaOffsetMs);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null;
  return utc;
};

export const hourMs = 3600_000;
export const dayMs = 24 * hourMs;

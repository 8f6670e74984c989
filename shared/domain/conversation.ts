/** Files on the conversation record: the buyer's photos, chat screenshots, courier proof (often a PDF). */
export const conversationMimes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type ConversationMime = (typeof conversationMimes)[number];
/** The same limit as inspection photos: a phone photo or a courier's PDF is well under it; a video is not. */
export const maxConversationFileBytes = 8 * 1024 * 1024;
/** One paste is one conversation; a few hundred messages is already a long dispute. */
export const maxTranscriptMessages = 500;

/** What the bytes say the file is; the file name and the browser's claim are not trusted. */
export const sniffConversationMime = (bytes: Uint8Array): ConversationMime | null => {
  const starts = (...sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // "%PDF-"
  return null;
};

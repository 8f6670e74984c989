import { hourMs } from '../../../shared/domain/time';
import type { Sqlite } from '../db/connection';
import { storeImage } from '../features/attachments/attachment-files';

/** A 2×2 PNG (the buyer's photo) and a one-page PDF (the courier's proof), small enough to seed anywhere. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);
const courierProof = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

type Line = [minutes: number, direction: string, channel: string, speaker: string | null, text: string];
const buyers = ['小美爱购物', '阳光下的向日葵', '喵喵酱2019'];

const story = (buyer: string): Line[] => [
  [0, 'inbound', 'platform_chat', buyer, '你好，收到的衣服袖口开线了😭\n才穿了一次'],
  [6, 'outbound', 'platform_chat', null, '亲，非常抱歉给您带来不好的体验，麻烦拍一下开线的位置，我帮您登记处理~'],
  [14, 'inbound', 'platform_chat', buyer, '[图片] 这样可以吗'],
  [20, 'internal', 'note', null, '照片看是缝线问题，同批次已有两单，先按质量问题处理'],
  [26 * 60, 'from_platform', 'platform_message', '拼多多平台客服', '买家已申请平台介入，请商家在48小时内上传凭证。'],
  [27 * 60, 'to_platform', 'platform_message', null, '已上传买家照片和快递底单，同意退货退款，运费由我方承担。'],
  [28 * 60, 'inbound', 'phone', buyer, '买家来电：已按地址寄回，问退款什么时候到账'],
];

/**
 * The demo's conversation records (issue 16, item 1): the three latest disputes get a whole story — the buyer's
 * chat, our replies, a note, the platform stepping in, a phone call — with the buyer's photo on a message and the
 * courier's PDF on the case (files only when the seed knows the data folder), and one entry voided with its reason.
 * Ids derive from the case's id, so a seed stays deterministic.
 */
export const seedConversations = (db: Sqlite, options: { dataDir: string | null; serviceId: string; until: number }): void => {
  // The migration-fixture builder seeds old schemas, before migration 17.
  const columns = db.prepare(`SELECT name FROM pragma_table_info('communications')`).all() as { name: string }[];
  if (!columns.some((c) => c.name === 'void_reason')) return;
  const cases = db
    .prepare(
      `SELECT id, requested_at AS requestedAt FROM after_sales_cases
       WHERE source = 'seed' AND dispute = 1 AND voided_at IS NULL AND requested_at < @until - 2 * 86400000
       ORDER BY requested_at DESC LIMIT 3`,
    )
    .all({ until: options.until }) as { id: string; requestedAt: number }[];
  const message = db.prepare(
    `INSERT INTO communications (id, case_id, at, direction, channel, author_id, speaker, text, created_at, voided_at, voided_by, void_reason)
     VALUES (@id, @caseId, @at, @direction, @channel, @author, @speaker, @text, @loggedAt, @voidedAt, @voidedBy, @voidReason)`,
  );
  const file = db.prepare(
    `INSERT INTO attachments (id, sha256, mime, size_bytes, owner_kind, owner_id, taken_at, created_by, communication_id, file_name)
     VALUES (?, ?, ?, ?, 'case', ?, ?, ?, ?, ?)`,
  );
  cases.forEach((c, n) => {
    const start = c.requestedAt + hourMs;
    story(buyers[n % buyers.length] ?? buyers[0]!).forEach(([minutes, direction, channel, speaker, text], i) => {
      const at = Math.min(start + minutes * 60_000, options.until);
      message.run({
        id: `${c.id}M${i}`,
        caseId: c.id,
        at,
        direction,
        channel,
        author: options.serviceId,
        speaker,
        text,
        loggedAt: Math.min(at + 5 * 60_000, options.until),
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
      });
    });
    // A note logged on the wrong case and voided: the record keeps it, struck through.
    message.run({
      id: `${c.id}MV`,
      caseId: c.id,
      at: start + 30 * 60_000,
      direction: 'internal',
      channel: 'note',
      author: options.serviceId,
      speaker: null,
      text: '买家要求换货（记错了单）',
      loggedAt: start + 31 * 60_000,
      voidedAt: start + 40 * 60_000,
      voidedBy: options.serviceId,
      voidReason: '记到了别的售后单上',
    });
    if (!options.dataDir) return;
    const shot = storeImage(options.dataDir, photo, null);
    file.run(
      `${c.id}F1`,
      shot.sha256,
      'image/png',
      photo.length,
      c.id,
      start + 14 * 60_000,
      options.serviceId,
      `${c.id}M2`,
      '开线照片.png',
    );
    const proof = storeImage(options.dataDir, courierProof, null);
    file.run(
      `${c.id}F2`,
      proof.sha256,
      'application/pdf',
      courierProof.length,
      c.id,
      start + 27 * 60 * 60_000,
      options.serviceId,
      null,
      '快递底单.pdf',
    );
  });
};

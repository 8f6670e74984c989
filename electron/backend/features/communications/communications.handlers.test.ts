import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseChinaTime } from '../../../../shared/domain/time';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertScanFixture } from '../../../../test/support/scan-fixtures';
import { listCaseTimeline } from './communications.repository';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const jpegThumb = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A Windows program renamed "运单.pdf": "MZ" and a PE header, whatever the name says. */
const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200, 0)]);
const now = parseChinaTime('2026-11-22 10:00') ?? 0;

let t: TestBackend;
let caseId: string;

beforeEach(async () => {
  t = startTestBackend({ now: () => now });
  await t.withUsers();
  caseId = insertScanFixture(t.backend.db, [{ caseNumber: 'AS1', orderNumber: '261120-1' }]).caseIds.AS1!;
});
afterEach(() => t.close());

const audits = (entityId: string) =>
  t.backend.db.prepare(`SELECT action, user_name, before, after FROM audit_log WHERE entity_id = ? ORDER BY seq`).all(entityId) as {
    action: string;
    user_name: string;
    before: string | null;
    after: string;
  }[];

const attach = (data: Buffer, fileName: string, extra: Record<string, unknown> = {}) =>
  t.raw('communications.attach', { caseId, fileName, mime: 'application/pdf', dataBase64: data.toString('base64'), ...extra }, 'service');

describe('the conversation record', () => {
  it('logs a call from the buyer and a message to the platform with when they happened and when they were logged', async () => {
    const happened = parseChinaTime('2026-11-21 16:30') ?? 0;
    await t.call(
      'communications.add',
      { caseId, direction: 'inbound', channel: 'phone', text: '买家来电：衣服开线，要求退货', at: happened, speaker: '小美爱购物' },
      'service',
    );
    await t.call(
      'communications.add',
      { caseId, direction: 'to_platform', channel: 'platform_message', text: '已上传质检照片' },
      'service',
    );
    const { entries } = await t.call('communications.list', { caseId }, 'owner');
    expect(entries.map((e) => [e.direction, e.channel, e.at, e.loggedAt, e.speaker, e.authorName])).toEqual([
      ['inbound', 'phone', happened, now, '小美爱购物', 'Service'],
      ['to_platform', 'platform_message', now, now, null, 'Service'],
    ]);
    const future = await t.raw('communications.add', { caseId, direction: 'inbound', text: '明天', at: now + 3600_000 }, 'service');
    expect(future).toMatchObject({ ok: false, error: { reason: 'communication_in_future' } });
  });

  it('lets owner and service read and write it, never the warehouse', async () => {
    await t.call('communications.add', { caseId, direction: 'inbound', text: '你好' }, 'service');
    const list = await t.raw('communications.list', { caseId }, 'inspector');
    expect(list).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const write = await t.raw('communications.void', { id: 'x', reason: '写错了' }, 'inspector');
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await t.call('communications.list', { caseId }, 'service')).entries).toHaveLength(1);
  });

  it('corrects an entry with a new version and keeps the original, struck through with the reason, both audited', async () => {
    const wrong = await t.call('communications.add', { caseId, direction: 'outbound', channel: 'phone', text: '已退款 50 元' }, 'service');
    const fixed = await t.call(
      'communications.correct',
      {
        id: wrong.id,
        direction: 'outbound',
        channel: 'phone',
        text: '已退款 15 元',
        at: now - 60_000,
        speaker: null,
        reason: '金额记错了',
      },
      'service',
    );
    expect(fixed).toMatchObject({ supersedesId: wrong.id, text: '已退款 15 元', correction: null, voided: null });
    const { entries } = await t.call('communications.list', { caseId }, 'owner');
    const original = entries.find((e) => e.id === wrong.id);
    expect(original).toMatchObject({ text: '已退款 50 元', correction: { byId: fixed.id, reason: '金额记错了' } });
    expect(audits(fixed.id)).toMatchObject([{ action: 'correct', user_name: 'Service' }]);
    expect(JSON.parse(audits(fixed.id)[0]!.before ?? '{}')).toMatchObject({ id: wrong.id, text: '已退款 50 元' });
    // The case page shows only what stands; the record keeps both.
    const detail = await t.call('cases.get', { id: caseId }, 'owner');
    expect(detail.communications.map((c) => c.text)).toEqual(['已退款 15 元']);
    const again = await t.raw(
      'communications.correct',
      { id: wrong.id, direction: 'outbound', channel: 'phone', text: 'x', at: now, speaker: null, reason: '再改' },
      'service',
    );
    expect(again).toMatchObject({ ok: false, error: { reason: 'communication_already_corrected' } });
  });

  it('voids an entry with a reason, never deletes it, and audits who did it', async () => {
    const entry = await t.call('communications.add', { caseId, direction: 'internal', channel: 'note', text: '记到别的单上了' }, 'service');
    const voided = await t.call('communications.void', { id: entry.id, reason: '记错售后单' }, 'owner');
    expect(voided.voided).toMatchObject({ at: now, byName: 'Owner', reason: '记错售后单' });
    expect((await t.call('communications.list', { caseId }, 'service')).entries).toHaveLength(1);
    expect(audits(entry.id).map((a) => a.action)).toEqual(['add', 'void']);
    // The case page's list holds what stands; communications.list keeps the voided entry, flagged.
    expect((await t.call('cases.get', { id: caseId }, 'owner')).communications).toEqual([]);
    expect(await t.raw('communications.void', { id: entry.id, reason: '再作废' }, 'owner')).toMatchObject({
      ok: false,
      error: { reason: 'communication_voided' },
    });
    expect(await t.raw('communications.void', { id: entry.id, reason: ' ' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('logs a confirmed transcript in one go, keeping speakers and the note on a line it could not place', async () => {
    const at = (s: string) => parseChinaTime(s) ?? 0;
    const result = await t.call(
      'communications.logTranscript',
      {
        caseId,
        messages: [
          { at: at('2026-11-20 14:00'), direction: 'internal', speaker: null, text: '以下为历史消息', parseNote: 'no_header' },
          { at: at('2026-11-20 14:03:12'), direction: 'inbound', speaker: '小美爱购物', text: '袖口开线了😭', parseNote: null },
          { at: at('2026-11-20 14:05:40'), direction: 'outbound', speaker: '童趣旗舰店:小林', text: '亲，非常抱歉', parseNote: null },
          { at: at('2026-11-21 09:30'), direction: 'from_platform', speaker: '拼多多平台客服', text: '平台已介入', parseNote: null },
        ],
      },
      'service',
    );
    expect(result.added).toBe(4);
    const { entries } = await t.call('communications.list', { caseId }, 'owner');
    expect(entries.map((e) => [e.direction, e.channel, e.speaker, e.parseNote])).toEqual([
      ['internal', 'note', null, 'no_header'],
      ['inbound', 'platform_chat', '小美爱购物', null],
      ['outbound', 'platform_chat', '童趣旗舰店:小林', null],
      ['from_platform', 'platform_chat', '拼多多平台客服', null],
    ]);
    // The first reply in the chat is when the shop answered.
    const detail = await t.call('cases.get', { id: caseId }, 'owner');
    expect(detail.respondedAt).toBe(at('2026-11-20 14:05:40'));
  });
});

describe('files on the conversation record', () => {
  it('stores a screenshot on a message and a PDF on the case by SHA-256, with a thumbnail for the image', async () => {
    const message = await t.call('communications.add', { caseId, direction: 'inbound', text: '看图' }, 'service');
    const shot = await attach(png, '聊天截图.png', {
      mime: 'image/png',
      communicationId: message.id,
      thumbBase64: jpegThumb.toString('base64'),
    });
    const proof = await attach(pdf, '快递底单.pdf');
    expect(shot).toMatchObject({ ok: true, value: { mime: 'image/png', hasThumb: true, communicationId: message.id } });
    expect(proof).toMatchObject({
      ok: true,
      value: { mime: 'application/pdf', hasThumb: false, communicationId: null, fileName: '快递底单.pdf' },
    });
    const files = readdirSync(join(t.dataDir, 'attachments'));
    expect(files).toHaveLength(3);
    const timeline = listCaseTimeline(t.backend.db, caseId);
    expect(timeline.entries[0]?.files.map((f) => f.fileName)).toEqual(['聊天截图.png']);
    expect(timeline.caseFiles.map((f) => f.fileName)).toEqual(['快递底单.pdf']);
    if (!proof.ok) return;
    const got = await t.call('attachments.get', { id: (proof.value as { id: string }).id, variant: 'full' }, 'service');
    expect(got.mime).toBe('application/pdf');
    expect(Buffer.from(got.dataBase64, 'base64').equals(pdf)).toBe(true);
    // Chat files are not the case's inspection photos.
    expect((await t.call('cases.get', { id: caseId }, 'owner')).attachments).toEqual([]);
  });

  it('refuses a program renamed .pdf and a 30 MB file with clear reasons, writing nothing', async () => {
    const renamed = await attach(exe, '运单.pdf');
    expect(renamed).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'conversation_file_not_allowed', params: { name: '运单.pdf' } },
    });
    const huge = await attach(Buffer.concat([pdf, Buffer.alloc(30 * 1024 * 1024)]), '大文件.pdf');
    expect(huge).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const justOver = await attach(Buffer.concat([pdf, Buffer.alloc(8 * 1024 * 1024)]), '稍大.pdf');
    expect(justOver).toMatchObject({ ok: false, error: { reason: 'conversation_file_too_large', params: { max: '8.0 MB' } } });
    expect(existsSync(join(t.dataDir, 'attachments'))).toBe(false);
  });

  it('moves a message’s files to its correction', async () => {
    const message = await t.call('communications.add', { caseId, direction: 'inbound', text: '看图' }, 'service');
    await attach(png, 'a.png', { mime: 'image/png', communicationId: message.id });
    const fixed = await t.call(
      'communications.correct',
      { id: message.id, direction: 'inbound', channel: 'platform_chat', text: '看图（袖口）', at: now, speaker: null, reason: '补充说明' },
      'service',
    );
    expect(fixed.files.map((f) => f.fileName)).toEqual(['a.png']);
  });

  it('comes back with a backup restore', async () => {
    const proof = await attach(pdf, '快递底单.pdf');
    if (!proof.ok) throw new Error('attach failed');
    const { sha256 } = t.backend.db.prepare('SELECT sha256 FROM attachments').get() as { sha256: string };
    const backup = await t.call('backups.create', {}, 'owner');
    rmSync(join(t.dataDir, 'attachments'), { recursive: true });
    await t.call('backups.restore', { id: backup.id }, 'owner');
    expect(readFileSync(join(t.dataDir, 'attachments', sha256)).equals(pdf)).toBe(true);
    const { caseFiles } = await t.call('communications.list', { caseId }, 'service');
    const got = await t.call('attachments.get', { id: caseFiles[0]!.id, variant: 'full' }, 'service');
    expect(Buffer.from(got.dataBase64, 'base64').equals(pdf)).toBe(true);
  });
});

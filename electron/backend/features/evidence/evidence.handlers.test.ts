import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { photoJpeg, photoPng, withJpegComment } from '../../../../test/support/evidence-photos';
import { insertScanFixture } from '../../../../test/support/scan-fixtures';
import { rawQuery } from '../../db/raw-sql';

/**
 * The evidence pack end to end on the backend: a case built through the real methods (messages, receipt with a
 * photo, inspection with defects and photos, a remedy and the buyer's answer), the PDF made by pdfkit with the
 * bundled font, read back with poppler's pdftotext and rendered with pdftoppm. Set EVIDENCE_PNG_DIR to keep the
 * rendered pages for a person to look at.
 */
let t: TestBackend;
let caseId: string;
const now = Date.UTC(2026, 10, 20, 2);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const defect = (code: string) =>
  rawQuery<{ id: string; name_zh: string; name_en: string }>(
    t.backend.db,
    'SELECT id, name_zh, name_en FROM defect_types WHERE code = ?',
  ).one(code);

const work = () => join(t.dataDir, 'pdf-check');
const pdfText = (pdf: Buffer, name = 'pack.pdf') => {
  mkdirSync(work(), { recursive: true });
  const file = join(work(), name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
};
const pageCount = (pdf: Buffer) => {
  writeFileSync(join(work(), 'count.pdf'), pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(work(), 'count.pdf')], { encoding: 'utf8' }))?.[1]);
};
/** pdftotext breaks lines where the PDF wraps, and page footers land mid-text; the content check reads through both. */
const flat = (text: string) => text.replace(/\s+/g, '').replace(/(售后单号|Casenumber)AS20261120001·(第\d+页\/共\d+页|Page\d+of\d+)/g, '');
const keepPng = (pdf: Buffer, name: string, lastPage = 2) => {
  writeFileSync(join(work(), `${name}.pdf`), pdf);
  const out = process.env.EVIDENCE_PNG_DIR ?? work();
  mkdirSync(out, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', String(lastPage), join(work(), `${name}.pdf`), join(out, name)]);
  return join(out, `${name}-1.png`);
};
const fetchPack = async (id: string, session = 'service') => Buffer.from((await t.call('evidence.get', { id }, session)).base64, 'base64');

beforeEach(async () => {
  t = startTestBackend({ now: () => now });
  await t.withUsers();
  caseId = insertScanFixture(
    t.backend.db,
    [{ caseNumber: 'AS20261120001', orderNumber: '261120-583920174', returnTracking: 'ZT78451236901' }],
    now,
  ).caseIds.AS20261120001!;
  t.backend.db
    .prepare("UPDATE orders SET signed_at = ?, paid_at = ?, tracking_number = 'YT5523019876', courier = '圆通速递'")
    .run(now - 3 * 86_400_000, now - 6 * 86_400_000);
});
afterEach(() => t.close());

/** A disputed T-shirt: the buyer's words, the receipt, an inspection that confirms the claim, an offer declined. */
const buildCase = async () => {
  await t.call('communications.add', { caseId, direction: 'inbound', text: '你好，收到的T恤袖口开线了，要求退货退款。' }, 'service');
  await t.call(
    'communications.add',
    { caseId, direction: 'outbound', text: '亲，非常抱歉给您带来不便，麻烦拍一下开线的位置，我们马上处理。' },
    'service',
  );
  await t.call('receiving.receive', { caseId, packageCondition: 'damaged' }, 'inspector');
  const receiptPhoto = photoPng(480, 360, 1);
  await t.call(
    'attachments.add',
    { ownerKind: 'receipt', ownerId: caseId, dataBase64: receiptPhoto.toString('base64'), mime: 'image/png', takenAt: now },
    'inspector',
  );
  const draft = await t.call('inspections.saveDraft', { caseId, grade: 'D' }, 'inspector');
  const jpeg = await photoJpeg(photoPng(800, 600, 2), 800, 600);
  const thumb = await photoJpeg(photoPng(320, 240, 2), 320, 240, 80);
  await t.call(
    'attachments.add',
    {
      ownerKind: 'inspection',
      ownerId: draft.id,
      dataBase64: jpeg.toString('base64'),
      mime: 'image/jpeg',
      takenAt: now + 60_000,
      thumbBase64: thumb.toString('base64'),
    },
    'inspector',
  );
  await t.call(
    'inspections.complete',
    {
      caseId,
      claimMatch: 'yes',
      fault: 'supplier',
      disposition: 'return_to_supplier',
      defects: [
        { defectTypeId: defect('LOOSE_THREAD').id, quantity: 1, note: '左袖口' },
        { defectTypeId: defect('BROKEN').id, class: 'critical', quantity: 1 },
      ],
    },
    'inspector',
  );
  const offered = await t.call('remedies.offer', { caseId, kind: 'partial_refund', amountFen: 1500, note: '保留商品补偿15元' }, 'service');
  await t.call('remedies.answer', { remedyId: offered.remedies[0]!.id, answer: 'declined', answerText: '不要补偿，只要退货' }, 'service');
  return { receiptSha: sha(receiptPhoto), inspectionSha: sha(jpeg) };
};

describe('evidence packs', () => {
  it('makes a Chinese pack with the whole case, saves it, lists it and hands back the same bytes', async () => {
    const { receiptSha, inspectionSha } = await buildCase();
    const pack = await t.call('evidence.create', { caseId, language: 'zh-CN' }, 'service');
    expect(pack).toMatchObject({ caseId, language: 'zh-CN', createdByName: 'Service', createdAt: now, photosFull: 2, photosReduced: 0 });
    expect(pack.fileName).toBe('证据-AS20261120001-20261120-100000-zh.pdf');
    const onDisk = readFileSync(join(t.dataDir, 'evidence', pack.fileName));
    expect(onDisk.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha(onDisk)).toBe(pack.sha256);
    expect(onDisk.length).toBe(pack.sizeBytes);
    expect(await t.call('evidence.list', { caseId }, 'owner')).toEqual([pack]);
    expect((await fetchPack(pack.id)).equals(onDisk)).toBe(true);

    const text = flat(pdfText(onDisk));
    for (const expected of [
      '售后证据材料',
      'AS20261120001',
      '261120-583920174',
      '纯棉圆领T恤',
      'D有缺陷',
      `${defect('LOOSE_THREAD').name_zh}（轻微）×1：左袖口`,
      `${defect('BROKEN').name_zh}（致命）×1`,
      '属实',
      '供应商',
      '你好，收到的T恤袖口开线了，要求退货退款。',
      '亲，非常抱歉给您带来不便，麻烦拍一下开线的位置，我们马上处理。',
      '质量问题（商家责任）',
      '签收后7天内，可以退货',
      '《消费者权益保护法》第24条',
      '部分退款（保留商品）',
      '买家拒绝：不要补偿，只要退货',
      '¥15.00',
      'YT5523019876',
      'ZT78451236901',
      '破损',
      receiptSha,
      inspectionSha,
    ]) {
      expect(text, expected).toContain(flat(expected));
    }
    // Times are China time: the request two minutes before 02:00 UTC reads 09:59 on the 20th.
    expect(text).toContain(flat('2026-11-20 09:59'));
    // No code leaks into the Chinese pack.
    for (const code of ['return_to_supplier', 'partial_refund', 'LOOSE_THREAD', 'undefined', 'null', 'NaN'])
      expect(text).not.toContain(code);
    // Made with the bundled font, embedded as a subset (no system font, nothing the reader's PC must have).
    expect(execFileSync('pdffonts', [join(work(), 'pack.pdf')], { encoding: 'utf8' })).toMatch(/NotoSansSC.*CID TrueType.*yes\s+yes/);
    expect(existsSync(keepPng(onDisk, 'evidence-zh'))).toBe(true);

    const audit = rawQuery<{ action: string; after: string }>(
      t.backend.db,
      "SELECT action, after FROM audit_log WHERE entity = 'case' AND entity_id = ? ORDER BY seq",
    ).all(caseId);
    expect(audit.at(-1)?.action).toBe('make_evidence_pack');
    expect(JSON.parse(audit.at(-1)!.after)).toMatchObject({ fileName: pack.fileName, sha256: pack.sha256, language: 'zh-CN' });
  });

  it('adds the escalation path, the platform intervention with its evidence and decision, and the conversation files by hash', async () => {
    await buildCase();
    const courierPdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await t.call(
      'communications.attach',
      { caseId, fileName: '快递签收凭证.pdf', mime: 'application/pdf', dataBase64: courierPdf.toString('base64') },
      'service',
    );
    await t.call('escalation.toOwner', { caseId, reason: 'no_agreement', note: '买家拒绝部分退款' }, 'service');
    await t.call('escalation.openIntervention', { caseId, evidenceDueAt: now + 3 * 86_400_000 }, 'owner');
    await t.call('escalation.recordEvidence', { caseId, items: ['质检报告及开线照片'] }, 'service');
    await t.call('escalation.recordDecision', { caseId, decision: 'split', amountFen: 2000, note: '平台判双方各担一半' }, 'owner');
    const pack = await t.call('evidence.create', { caseId, language: 'zh-CN' }, 'service');
    const text = flat(pdfText(await fetchPack(pack.id)));
    for (const words of [
      '九、升级与平台介入',
      '升级给店主',
      '协商不成',
      '买家拒绝部分退款',
      '举证截止：2026-11-23',
      '质检报告及开线照片',
      '平台判定：双方分担',
      '¥20.00',
    ]) {
      expect(text).toContain(words.replace(/\s+/g, ''));
    }
    expect(text).toContain('十、附件清单');
    expect(text).toContain('快递签收凭证.pdf');
    expect(text).toContain(sha(courierPdf));
    // The PDF is listed, never drawn as a photo.
    expect(pack.photosFull + pack.photosReduced).toBe(2);
  });

  it('writes the English option in English words', async () => {
    await buildCase();
    const pack = await t.call('evidence.create', { caseId, language: 'en-US' }, 'owner');
    expect(pack.fileName).toBe('evidence-AS20261120001-20261120-100000-en.pdf');
    const text = flat(pdfText(await fetchPack(pack.id, 'owner')));
    for (const expected of [
      'After-sales evidence pack',
      'D defective',
      `${defect('BROKEN').name_en} (Critical) × 1`,
      'Claim confirmed',
      "Quality problem (merchant's side)",
      'Buyer declined',
      'Partial refund (buyer keeps the goods)',
    ]) {
      expect(text, expected).toContain(flat(expected));
    }
    keepPng(await fetchPack(pack.id, 'owner'), 'evidence-en');
  });

  it('keeps a 20-photo case under 10 MB and still lists every photo’s SHA-256', async () => {
    const draft = await t.call('inspections.saveDraft', { caseId, grade: 'C' }, 'inspector');
    const base = await photoJpeg(photoPng(1600, 1200, 7, 60), 1600, 1200, 92);
    const thumb = await photoJpeg(photoPng(320, 240, 7), 320, 240, 80);
    const hashes: string[] = [];
    for (let i = 0; i < 20; i++) {
      // Twelve phone-style JPEGs and eight PNG screenshots of the buyer's chat, all 1600×1200.
      const bytes = i < 12 ? withJpegComment(base, `photo ${i}`) : photoPng(1600, 1200, 100 + i, 30);
      hashes.push(sha(bytes));
      await t.call(
        'attachments.add',
        {
          ownerKind: i < 12 ? 'inspection' : 'case',
          ownerId: i < 12 ? draft.id : caseId,
          dataBase64: bytes.toString('base64'),
          mime: i < 12 ? 'image/jpeg' : 'image/png',
          takenAt: now + i * 1000,
          thumbBase64: thumb.toString('base64'),
        },
        'inspector',
      );
    }
    const stored = rawQuery<{ n: number }>(t.backend.db, 'SELECT sum(size_bytes) AS n FROM attachments').one().n;
    expect(stored).toBeGreaterThan(30 * 1024 * 1024);
    const pack = await t.call('evidence.create', { caseId, language: 'zh-CN' }, 'service');
    console.log(
      `20-photo pack: ${(pack.sizeBytes / 1024 / 1024).toFixed(2)} MB from ${(stored / 1024 / 1024).toFixed(1)} MB of photos (JPEG ${(base.length / 1024).toFixed(0)} KB each); ${pack.photosFull} full, ${pack.photosReduced} thumbnails`,
    );
    expect(pack.sizeBytes).toBeLessThan(10 * 1024 * 1024);
    expect(pack.photosFull + pack.photosReduced).toBe(20);
    expect(pack.photosFull).toBeGreaterThan(0);
    const text = flat(pdfText(await fetchPack(pack.id)));
    for (const hash of hashes) expect(text).toContain(hash);
    keepPng(await fetchPack(pack.id), 'evidence-20-photos', 8);
  }, 300_000);

  it('prints hostile text literally, without reversing it, and wraps long text onto further pages', async () => {
    const long = 'A'.repeat(4000);
    await t.call(
      'communications.add',
      { caseId, direction: 'inbound', text: '<script>alert("x")</script><img src=x onerror=alert(1)>' },
      'service',
    );
    await t.call('communications.add', { caseId, direction: 'inbound', text: 'مرحبا بالعالم \u202Egnp.exe\u202C 你好' }, 'service');
    await t.call('communications.add', { caseId, direction: 'inbound', text: long }, 'service');
    await t.call('communications.add', { caseId, direction: 'inbound', text: '很长的中文消息。'.repeat(480) }, 'service');
    const pack = await t.call('evidence.create', { caseId, language: 'zh-CN' }, 'service');
    const pdf = await fetchPack(pack.id);
    const raw = pdfText(pdf);
    const text = flat(raw);
    expect(text).toContain(flat('<script>alert("x")</script><img src=x onerror=alert(1)>'));
    expect(raw).not.toContain('\u202E');
    expect(text).toContain('gnp.exe');
    expect(text).toContain(long);
    expect(text).toContain(flat('很长的中文消息。'.repeat(480)));
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
    // Every word box lies inside the A4 page (595 × 842 pt): nothing runs off the edge.
    writeFileSync(join(work(), 'bbox.pdf'), pdf);
    const boxes = execFileSync('pdftotext', ['-bbox', join(work(), 'bbox.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const xMax = Math.max(...[...boxes.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    const yMax = Math.max(...[...boxes.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(xMax).toBeLessThanOrEqual(595.28 - 30);
    expect(yMax).toBeLessThanOrEqual(841.89 - 15);
  });

  it('refuses inspectors, unknown cases and a pack whose file was changed or removed', async () => {
    const refused = await t.raw('evidence.create', { caseId, language: 'zh-CN' }, 'inspector');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.raw('evidence.list', { caseId }, 'inspector')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.raw('evidence.create', { caseId: 'nope', language: 'zh-CN' }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'case_not_found' },
    });
    expect(rawQuery<{ n: number }>(t.backend.db, 'SELECT count(*) AS n FROM evidence_packs').one().n).toBe(0);

    const pack = await t.call('evidence.create', { caseId, language: 'zh-CN' }, 'service');
    expect(await t.raw('evidence.get', { id: pack.id }, 'inspector')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const file = join(t.dataDir, 'evidence', pack.fileName);
    appendFileSync(file, '%% edited');
    expect(await t.raw('evidence.get', { id: pack.id }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'evidence_file_changed', params: { fileName: pack.fileName } },
    });
    rmSync(file);
    expect(await t.raw('evidence.get', { id: pack.id }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'evidence_file_missing' },
    });
    expect(await t.raw('evidence.get', { id: 'nope' }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'evidence_pack_not_found' },
    });
  });
});

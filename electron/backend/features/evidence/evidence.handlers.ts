import { conflict, notFound } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { newId } from '../../core/ids';
import { insertPack, packRecord, packsOfCase, packView } from './evidence.repository';
import { loadPackData } from './pack-data';
import { renderPack } from './pack-document';
import { packFileExists, packFileName, readPackFile, sha256Hex, writePackFile } from './pack-files';
import { packSections } from './sections';

export const evidenceHandlers = defineHandlers({
  'evidence.create': async (input, ctx) => {
    const user = ctx.requireUser();
    const madeAt = ctx.env.now();
    // One read of the case, then the PDF is drawn outside any transaction: other calls go on meanwhile.
    const data = await ctx.whenFree(() =>
      loadPackData(ctx.db, { caseId: input.caseId, language: input.language, dataDir: ctx.env.dataDir, madeAt, madeBy: user.name }),
    );
    const bytes = await renderPack(data, packSections);
    const fileName = packFileName(data.detail.caseNumber, madeAt, input.language, (name) => packFileExists(ctx.env.dataDir, name));
    writePackFile(ctx.env.dataDir, fileName, bytes);
    const id = newId();
    const sha256 = sha256Hex(bytes);
    const photosFull = data.photos.filter((p) => p.choice === 'full').length;
    const photosReduced = data.photos.length - photosFull;
    return ctx.transaction(() => {
      insertPack(ctx.db, {
        id,
        case_id: input.caseId,
        file: fileName,
        sha256,
        size_bytes: bytes.length,
        language: input.language,
        photos_full: photosFull,
        photos_reduced: photosReduced,
        created_by: user.id,
        created_at: madeAt,
      });
      ctx.audit({
        entity: 'case',
        entityId: input.caseId,
        action: 'make_evidence_pack',
        after: { caseNumber: data.detail.caseNumber, fileName, sha256, sizeBytes: bytes.length, language: input.language },
      });
      const pack = packView(ctx.db, id);
      if (!pack) throw new Error('the evidence pack just recorded is missing');
      return pack;
    });
  },

  'evidence.list': (input, ctx) => packsOfCase(ctx.db, input.caseId),

  'evidence.get': (input, ctx) => {
    const row = packRecord(ctx.db, input.id);
    if (!row) throw notFound('evidence_pack_not_found', {}, 'Evidence pack not found', { field: 'id' });
    const bytes = readPackFile(ctx.env.dataDir, row.file);
    if (!bytes)
      throw notFound('evidence_file_missing', { fileName: row.file }, `The file ${row.file} is missing from the evidence folder.`);
    // A pack handed to a platform must be the one recorded; an edited file is refused rather than passed on.
    if (sha256Hex(bytes) !== row.sha256) {
      throw conflict('evidence_file_changed', { fileName: row.file }, `The file ${row.file} no longer matches its recorded SHA-256.`);
    }
    return { fileName: row.file, mime: 'application/pdf' as const, base64: bytes.toString('base64') };
  },
});

import { notFound } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { newId } from '../../core/ids';
import { checkedImage, checkedThumbnail, readImage, storeImage } from './attachment-files';
import { findAttachment, insertAttachment, listAttachments, ownerExists, toAttachment, voidAttachment } from './attachments.repository';

export const attachmentsHandlers = defineHandlers({
  'attachments.add': (input, ctx) => {
    const user = ctx.requireUser();
    // Checks come before any file is written, so a refused photo leaves nothing behind.
    const bytes = checkedImage(input.dataBase64, input.mime);
    const thumb = input.thumbBase64 ? checkedThumbnail(input.thumbBase64) : null;
    if (!ownerExists(ctx.db, input.ownerKind, input.ownerId))
      throw notFound('photo_owner_not_found', {}, `The ${input.ownerKind.replace('_', ' ')} for this photo not found`, {
        ownerId: input.ownerId,
      });
    const { sha256 } = storeImage(ctx.env.dataDir, bytes, thumb);
    const id = newId();
    insertAttachment(ctx.db, {
      id,
      sha256,
      mime: input.mime,
      size_bytes: bytes.length,
      owner_kind: input.ownerKind,
      owner_id: input.ownerId,
      taken_at: input.takenAt,
      created_by: user.id,
      voided_at: null,
    });
    const row = findAttachment(ctx.db, id);
    if (!row) throw notFound('photo_not_found', {}, 'Attachment not found', { id });
    const attachment = toAttachment(ctx.env.dataDir, row);
    ctx.audit({ entity: 'attachment', entityId: id, action: 'add', after: attachment });
    return attachment;
  },

  'attachments.list': (input, ctx) => listAttachments(ctx.db, input.ownerKind, input.ownerId).map((r) => toAttachment(ctx.env.dataDir, r)),

  'attachments.get': (input, ctx) => {
    const row = findAttachment(ctx.db, input.id);
    if (!row) throw notFound('photo_not_found', {}, 'Photo not found', { id: input.id });
    const image = readImage(ctx.env.dataDir, row.sha256, input.variant);
    if (!image)
      throw notFound('photo_file_missing', {}, 'The photo file (missing from the attachments folder) not found', {
        id: input.id,
        sha256: row.sha256,
      });
    return { id: row.id, mime: image.isThumb ? 'image/jpeg' : row.mime, dataBase64: image.bytes.toString('base64') };
  },

  'attachments.void': (input, ctx) => {
    const row = findAttachment(ctx.db, input.id);
    if (!row) throw notFound('photo_not_found', {}, 'Photo not found', { id: input.id });
    const at = row.voided_at ?? ctx.env.now();
    if (row.voided_at === null) voidAttachment(ctx.db, input.id, at);
    ctx.audit({ entity: 'attachment', entityId: input.id, action: 'void', before: { voidedAt: row.voided_at }, after: { voidedAt: at } });
    return { id: input.id, voidedAt: at };
  },
});

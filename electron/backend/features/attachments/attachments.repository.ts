import type { Attachment } from '../../../../shared/contract/attachments.contract';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, Row } from '../../db/schema';
import { hasThumbnail } from './attachment-files';

type AttachmentRow = Row<'attachments'> & { created_by_name: string };

const withCreator = () =>
  sql$.selectFrom('attachments as a').innerJoin('users as u', 'u.id', 'a.created_by').selectAll('a').select('u.name as created_by_name');

export const toAttachment = (dataDir: string, r: AttachmentRow): Attachment => ({
  id: r.id,
  sha256: r.sha256,
  mime: r.mime as Attachment['mime'],
  sizeBytes: r.size_bytes,
  ownerKind: r.owner_kind,
  ownerId: r.owner_id,
  takenAt: r.taken_at,
  createdByName: r.created_by_name,
  hasThumb: hasThumbnail(dataDir, r.sha256),
});

export const insertAttachment = (db: Sqlite, row: NewRow<'attachments'>): void => {
  run(db, sql$.insertInto('attachments').values(row));
};

export const findAttachment = (db: Sqlite, id: string): AttachmentRow | undefined => first(db, withCreator().where('a.id', '=', id));

export const listAttachments = (db: Sqlite, ownerKind: Row<'attachments'>['owner_kind'], ownerId: string): AttachmentRow[] =>
  all(
    db,
    withCreator()
      .where('a.owner_kind', '=', ownerKind)
      .where('a.owner_id', '=', ownerId)
      .where('a.voided_at', 'is', null)
      .orderBy('a.taken_at'),
  );

export const voidAttachment = (db: Sqlite, id: string, at: number): void => {
  run(db, sql$.updateTable('attachments').set({ voided_at: at }).where('id', '=', id));
};

/** Photo owners must exist: a photo is evidence for a specific record. */
export const ownerExists = (db: Sqlite, kind: Row<'attachments'>['owner_kind'], id: string): boolean => {
  switch (kind) {
    case 'case':
    case 'receipt':
      return first(db, sql$.selectFrom('after_sales_cases').select('id').where('id', '=', id)) !== undefined;
    case 'inspection':
      return first(db, sql$.selectFrom('inspections').select('id').where('id', '=', id)) !== undefined;
    case 'unmatched_parcel':
      return first(db, sql$.selectFrom('unmatched_parcels').select('id').where('id', '=', id)) !== undefined;
  }
};

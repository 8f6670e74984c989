import type { ConversationMime } from '../../../../shared/domain/conversation';
import type { EvidencePack } from '../../../../shared/contract/evidence.contract';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, Row } from '../../db/schema';

export const insertPack = (db: Sqlite, row: NewRow<'evidence_packs'>): void => {
  run(db, sql$.insertInto('evidence_packs').values(row));
};

const packViews = () =>
  sql$
    .selectFrom('evidence_packs as e')
    .leftJoin('users as u', 'u.id', 'e.created_by')
    .select([
      'e.id',
      'e.case_id as caseId',
      'e.file as fileName',
      'e.sha256',
      'e.size_bytes as sizeBytes',
      'e.language',
      'e.photos_full as photosFull',
      'e.photos_reduced as photosReduced',
      'u.name as createdByName',
      'e.created_at as createdAt',
    ]);

export const packsOfCase = (db: Sqlite, caseId: string): EvidencePack[] =>
  all(db, packViews().where('e.case_id', '=', caseId).orderBy('e.created_at', 'desc').orderBy('e.id', 'desc'));

export const packView = (db: Sqlite, id: string): EvidencePack | undefined => first(db, packViews().where('e.id', '=', id));

export const packRecord = (db: Sqlite, id: string): Row<'evidence_packs'> | undefined =>
  first(db, sql$.selectFrom('evidence_packs').selectAll().where('id', '=', id));

/** The photos of a case and of its receipt and inspections, with what the pack prints under each one. */
export const casePhotos = (db: Sqlite, caseId: string, inspectionIds: readonly string[]) =>
  all(
    db,
    sql$
      .selectFrom('attachments as a')
      .leftJoin('users as u', 'u.id', 'a.created_by')
      .select([
        'a.id',
        'a.sha256',
        'a.mime',
        'a.size_bytes as sizeBytes',
        'a.owner_kind as ownerKind',
        'a.owner_id as ownerId',
        'a.taken_at as takenAt',
        'u.name as takenByName',
      ])
      .where('a.voided_at', 'is', null)
      // Only images print; a PDF from the conversation record is listed by name and hash (caseFilesForPack).
      .where('a.mime', 'in', ['image/jpeg', 'image/png', 'image/webp'])
      .where((eb) =>
        eb.or([
          eb.and([eb('a.owner_kind', 'in', ['case', 'receipt']), eb('a.owner_id', '=', caseId)]),
          ...(inspectionIds.length > 0
            ? [eb.and([eb('a.owner_kind', '=', 'inspection'), eb('a.owner_id', 'in', [...inspectionIds])])]
            : []),
        ]),
      )
      .orderBy('a.taken_at')
      .orderBy('a.id'),
  );
export type PackPhotoRow = ReturnType<typeof casePhotos>[number];

export const storeNameOf = (db: Sqlite, caseId: string): string | null =>
  first(
    db,
    sql$.selectFrom('after_sales_cases as c').innerJoin('stores as s', 's.id', 'c.store_id').select('s.name').where('c.id', '=', caseId),
  )?.name ?? null;

export const receiverNameOf = (db: Sqlite, userId: string | null): string | null =>
  userId === null ? null : (first(db, sql$.selectFrom('users').select('name').where('id', '=', userId))?.name ?? null);

/** The conversation record's named files on the case, except those on a voided message, with the message's time. */
export const caseFilesForPack = (db: Sqlite, caseId: string) =>
  all(
    db,
    sql$
      .selectFrom('attachments as a')
      .leftJoin('users as u', 'u.id', 'a.created_by')
      .leftJoin('communications as m', 'm.id', 'a.communication_id')
      .select([
        'a.id',
        'a.sha256',
        'a.mime',
        'a.size_bytes as sizeBytes',
        'a.file_name as fileName',
        'a.taken_at as addedAt',
        'u.name as addedByName',
        'm.at as messageAt',
      ])
      .where('a.owner_kind', '=', 'case')
      .where('a.owner_id', '=', caseId)
      .where('a.file_name', 'is not', null)
      .where('a.voided_at', 'is', null)
      .where('m.voided_at', 'is', null)
      .orderBy('a.taken_at')
      .orderBy('a.id'),
  ).map((f) => ({ ...f, fileName: f.fileName ?? '', mime: f.mime as ConversationMime }));
export type PackFileRow = ReturnType<typeof caseFilesForPack>[number];

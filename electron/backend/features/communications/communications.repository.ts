import type { ConversationFile, TimelineEntry } from '../../../../shared/contract/communications.contract';
import type { ConversationMime } from '../../../../shared/domain/conversation';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, Row } from '../../db/schema';
import { hasThumbnail } from '../attachments/attachment-files';

export const insertCommunication = (db: Sqlite, row: NewRow<'communications'>): void => {
  run(db, sql$.insertInto('communications').values(row));
};

export const findCommunication = (db: Sqlite, id: string): Row<'communications'> | undefined =>
  first(db, sql$.selectFrom('communications').selectAll().where('id', '=', id));

/** The entry that replaced this one, if a correction did. */
export const findCorrectionOf = (db: Sqlite, id: string): Row<'communications'> | undefined =>
  first(db, sql$.selectFrom('communications').selectAll().where('supersedes_id', '=', id));

export const voidCommunication = (db: Sqlite, id: string, at: number, by: string, reason: string): void => {
  run(db, sql$.updateTable('communications').set({ voided_at: at, voided_by: by, void_reason: reason }).where('id', '=', id));
};

/** A correction carries the files of the entry it replaces (the old entry stays, struck through, without them). */
export const moveFiles = (db: Sqlite, fromId: string, toId: string): string[] => {
  const ids = all(db, sql$.selectFrom('attachments').select('id').where('communication_id', '=', fromId)).map((r) => r.id);
  if (ids.length > 0) run(db, sql$.updateTable('attachments').set({ communication_id: toId }).where('communication_id', '=', fromId));
  return ids;
};

const fileRows = (db: Sqlite, caseId: string) =>
  all(
    db,
    sql$
      .selectFrom('attachments as a')
      .innerJoin('users as u', 'u.id', 'a.created_by')
      .select([
        'a.id',
        'a.sha256',
        'a.mime',
        'a.size_bytes',
        'a.file_name',
        'a.communication_id',
        'a.taken_at',
        'u.name as created_by_name',
      ])
      .where('a.owner_kind', '=', 'case')
      .where('a.owner_id', '=', caseId)
      .where('a.file_name', 'is not', null)
      .where('a.voided_at', 'is', null)
      .orderBy('a.taken_at')
      .orderBy('a.id'),
  );

export const toConversationFile = (r: ReturnType<typeof fileRows>[number], dataDir: string | null): ConversationFile => ({
  id: r.id,
  communicationId: r.communication_id,
  fileName: r.file_name ?? r.id,
  mime: r.mime as ConversationMime,
  sizeBytes: r.size_bytes,
  hasThumb: dataDir !== null && hasThumbnail(dataDir, r.sha256),
  createdByName: r.created_by_name,
  addedAt: r.taken_at,
});

export const findConversationFile = (db: Sqlite, caseId: string, id: string, dataDir: string | null): ConversationFile | undefined => {
  const row = fileRows(db, caseId).find((r) => r.id === id);
  return row && toConversationFile(row, dataDir);
};

/**
 * The whole conversation record of a case, oldest first by when it happened, for the case page and the evidence
 * pack: every entry (voided and corrected ones flagged, never left out) with its files, and the case's own files.
 * `dataDir` only tells whether a thumbnail was made; without it `hasThumb` is false.
 */
export const listCaseTimeline = (
  db: Sqlite,
  caseId: string,
  dataDir: string | null = null,
): { entries: TimelineEntry[]; caseFiles: ConversationFile[] } => {
  const rows = all(
    db,
    sql$
      .selectFrom('communications as m')
      .leftJoin('users as u', 'u.id', 'm.author_id')
      .leftJoin('users as v', 'v.id', 'm.voided_by')
      .leftJoin('communications as next', 'next.supersedes_id', 'm.id')
      .selectAll('m')
      .select([
        'u.name as author_name',
        'v.name as voided_by_name',
        'next.id as next_id',
        'next.created_at as next_at',
        'next.correction_reason as next_reason',
      ])
      .where('m.case_id', '=', caseId)
      .orderBy('m.at')
      .orderBy('m.created_at')
      .orderBy('m.id'),
  );
  const files = fileRows(db, caseId).map((r) => toConversationFile(r, dataDir));
  const entries = rows.map((m): TimelineEntry => ({
    id: m.id,
    caseId: m.case_id,
    at: m.at,
    loggedAt: m.created_at,
    direction: m.direction,
    channel: m.channel,
    authorId: m.author_id,
    authorName: m.author_name,
    speaker: m.speaker,
    text: m.text,
    templateId: m.template_id,
    parseNote: m.parse_note,
    supersedesId: m.supersedes_id,
    correction: m.next_id && m.next_at !== null ? { byId: m.next_id, at: m.next_at, reason: m.next_reason ?? '' } : null,
    voided: m.voided_at !== null ? { at: m.voided_at, byName: m.voided_by_name, reason: m.void_reason ?? '' } : null,
    files: files.filter((f) => f.communicationId === m.id),
  }));
  return { entries, caseFiles: files.filter((f) => f.communicationId === null) };
};

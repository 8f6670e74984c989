import type { UnmatchedParcel } from '../../../../shared/contract/parcels.contract';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, Row, RowPatch } from '../../db/schema';

const withNames = () =>
  sql$
    .selectFrom('unmatched_parcels as p')
    .innerJoin('users as u', 'u.id', 'p.received_by')
    .leftJoin('after_sales_cases as c', 'c.id', 'p.linked_case_id')
    .selectAll('p')
    .select(['u.name as received_by_name', 'c.case_number as linked_case_number'])
    .select((eb) =>
      eb
        .selectFrom('attachments as a')
        .whereRef('a.owner_id', '=', 'p.id')
        .where('a.owner_kind', '=', 'unmatched_parcel')
        .where('a.voided_at', 'is', null)
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('photo_count'),
    );

type ParcelRow = Row<'unmatched_parcels'> & { received_by_name: string; linked_case_number: string | null; photo_count: number | null };

const toParcel = (r: ParcelRow): UnmatchedParcel => ({
  id: r.id,
  code: r.code,
  courier: r.courier,
  note: r.note,
  receivedAt: r.received_at,
  receivedByName: r.received_by_name,
  linkedCaseId: r.linked_case_id,
  linkedCaseNumber: r.linked_case_number,
  linkedAt: r.linked_at,
  photoCount: Number(r.photo_count ?? 0),
});

export const insertParcel = (db: Sqlite, row: NewRow<'unmatched_parcels'>): void => {
  run(db, sql$.insertInto('unmatched_parcels').values(row));
};

export const updateParcel = (db: Sqlite, id: string, patch: RowPatch<'unmatched_parcels'>): void => {
  run(db, sql$.updateTable('unmatched_parcels').set(patch).where('id', '=', id));
};

export const findParcel = (db: Sqlite, id: string): UnmatchedParcel | undefined => {
  const row = first(db, withNames().where('p.id', '=', id));
  return row && toParcel(row);
};

export const listParcels = (db: Sqlite, state: 'open' | 'linked' | 'all', limit: number): UnmatchedParcel[] => {
  let query = withNames().orderBy('p.received_at', 'desc').orderBy('p.id', 'desc').limit(limit);
  if (state === 'open') query = query.where('p.linked_case_id', 'is', null);
  if (state === 'linked') query = query.where('p.linked_case_id', 'is not', null);
  return all(db, query).map((r) => toParcel(r as ParcelRow));
};

/** Whoever unpacked the parcel received it, not whoever links it later; undefined for an unknown parcel. */
export const parcelReceiver = (db: Sqlite, id: string): string | undefined =>
  first(db, sql$.selectFrom('unmatched_parcels').select('received_by').where('id', '=', id))?.received_by;

import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import type { Sqlite } from '../../db/connection';
import { all, first, sql$ } from '../../db/query';
import type { Row } from '../../db/schema';

const parseJson = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

const toAuditView = (row: Row<'audit_log'>): AuditEntryView => ({
  seq: row.seq,
  at: row.at,
  userId: row.user_id,
  userName: row.user_name,
  method: row.method,
  entity: row.entity,
  entityId: row.entity_id,
  action: row.action,
  before: parseJson(row.before),
  after: parseJson(row.after),
});

interface AuditFilter {
  entity?: string;
  entityId?: string;
  userId?: string;
}

const filtered = (filter: AuditFilter) => {
  let query = sql$.selectFrom('audit_log');
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.userId) query = query.where('user_id', '=', filter.userId);
  return query;
};

export const listAudit = (db: Sqlite, filter: AuditFilter, limit: number, offset: number) => ({
  rows: all(db, filtered(filter).selectAll().orderBy('seq', 'desc').limit(limit).offset(offset)).map(toAuditView),
  total:
    first(
      db,
      filtered(filter).select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0,
});

/** The trail of several records at once (a case with its inspections and messages), oldest first. */
export const auditTrailOf = (db: Sqlite, records: ReadonlyArray<{ entity: string; ids: readonly string[] }>): AuditEntryView[] => {
  const wanted = records.filter((r) => r.ids.length > 0);
  if (wanted.length === 0) return [];
  const query = sql$
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) => eb.or(wanted.map((r) => eb.and([eb('entity', '=', r.entity), eb('entity_id', 'in', [...r.ids])]))))
    .orderBy('seq', 'asc')
    .limit(500);
  return all(db, query).map(toAuditView);
};

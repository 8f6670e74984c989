import type { SessionUser } from '../../../shared/contract/auth.contract';
import type { Sqlite } from '../db/connection';
import { prepared } from '../db/query';

export interface AuditEntry {
  entity: string;
  entityId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Keys never written to the audit log in clear. */
const secretKeys = new Set(['pin', 'pin_hash', 'pinHash', 'content', 'dataBase64', 'file']);

const redact = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? null, (key, v: unknown) => (secretKeys.has(key) ? '[redacted]' : v)));

const insertSql = `INSERT INTO audit_log (at, user_id, user_name, method, entity, entity_id, action, before, after)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const writeAudit = (db: Sqlite, at: number, user: SessionUser | null, method: string, entry: AuditEntry): void => {
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(redact(v)));
  prepared(db, insertSql).run(
    at,
    user?.id ?? null,
    user?.name ?? null,
    method,
    entry.entity,
    entry.entityId ?? null,
    entry.action,
    json(entry.before),
    json(entry.after),
  );
};

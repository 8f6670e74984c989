import type { CaseRow } from '../../../../shared/contract/cases.contract';
import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import type { Sqlite } from '../../db/connection';
import { run, sql$ } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';
import { caseRowsByIds } from '../cases/cases.list';

interface Holding {
  id: string;
  caseNumber: string;
  assigneeId: string | null;
  assigneeName: string | null;
  voidedAt: number | null;
}

const holdingSql = `SELECT c.id, c.case_number AS caseNumber, c.assignee_id AS assigneeId, u.name AS assigneeName, c.voided_at AS voidedAt
  FROM after_sales_cases c LEFT JOIN users u ON u.id = c.assignee_id WHERE c.id = ?`;

const holdingOf = (db: Sqlite, id: string): Holding => {
  const row = rawQuery<Holding>(db, holdingSql).get(id);
  if (!row) throw notFound('case_not_found', {}, 'Case not found', { field: 'id', id });
  if (row.voidedAt !== null) throw conflict('case_voided', {}, 'This case was voided; it can no longer be changed.', { field: 'id' });
  return row;
};

const setAssignee = (db: Sqlite, id: string, assigneeId: string | null, now: number) =>
  run(db, sql$.updateTable('after_sales_cases').set({ assignee_id: assigneeId, updated_at: now }).where('id', '=', id));

/**
 * Claim: the case becomes mine only if nobody holds it. Writes run one at a time in one transaction each, so of
 * two people claiming at once the second reads the first's name here and is refused; nothing is overwritten.
 */
export const claimCase = (db: Sqlite, id: string, me: string, now: number): { row: CaseRow; before: Holding; changed: boolean } => {
  const before = holdingOf(db, id);
  if (before.assigneeId !== null && before.assigneeId !== me) {
    throw conflict(
      'desk_claimed_by_other',
      { caseNumber: before.caseNumber, name: before.assigneeName ?? '' },
      `Case ${before.caseNumber} is already claimed by someone else.`,
      { field: 'id' },
    );
  }
  const changed = before.assigneeId === null;
  if (changed) setAssignee(db, id, me, now);
  const [row] = caseRowsByIds(db, [id]);
  if (!row) throw notFound('case_not_found', {}, 'Case not found', { field: 'id', id });
  return { row, before, changed };
};

/** Only people who work the desk (owner or customer service, active) can hold a case. */
export const requireDeskPerson = (db: Sqlite, userId: string): void => {
  const user = rawQuery<{ name: string; role: string; active: number }>(db, `SELECT name, role, active FROM users WHERE id = ?`).get(
    userId,
  );
  if (!user || user.active !== 1)
    throw invalid('assignee_not_active', {}, 'assigneeId: no active user with this id', { field: 'assigneeId' });
  if (user.role !== 'owner' && user.role !== 'service')
    throw invalid('desk_assignee_not_desk', { name: user.name }, 'Cases go to owners or customer service only.', { field: 'assigneeId' });
};

/** Assigns each case (the whole list or none: any refusal rolls the call back). */
export const assignCases = (
  db: Sqlite,
  ids: readonly string[],
  assigneeId: string | null,
  now: number,
): { rows: CaseRow[]; changes: { id: string; from: string | null }[] } => {
  if (assigneeId !== null) requireDeskPerson(db, assigneeId);
  const unique = [...new Set(ids)];
  const changes = unique.flatMap((id) => {
    const before = holdingOf(db, id);
    if (before.assigneeId === assigneeId) return [];
    setAssignee(db, id, assigneeId, now);
    return [{ id, from: before.assigneeId }];
  });
  return { rows: caseRowsByIds(db, unique), changes };
};

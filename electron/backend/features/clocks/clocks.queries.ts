import type { CaseClocks, TaskRow } from '../../../../shared/contract/clocks.contract';
import { firstResponseMs, taskClockKinds, type TaskClockKind } from '../../../../shared/domain/clocks';
import type { Sqlite } from '../../db/connection';
import { all, first, sql$ } from '../../db/query';

/** What the case page's clocks section shows; undefined when there is no such case. */
export const caseClocksView = (db: Sqlite, caseId: string, now: number): CaseClocks | undefined => {
  const c = first(
    db,
    sql$
      .selectFrom('after_sales_cases')
      .select(['id', 'case_number', 'status', 'waiting_on', 'dispute', 'voided_at', 'requested_at', 'merchant_deadline_at', 'responded_at'])
      .where('id', '=', caseId),
  );
  if (!c) return undefined;
  const clocks = all(
    db,
    sql$
      .selectFrom('case_clocks as k')
      .leftJoin('users as ab', 'ab.id', 'k.armed_by')
      .leftJoin('users as sb', 'sb.id', 'k.stopped_by')
      .leftJoin('import_runs as ai', 'ai.id', 'k.armed_import_id')
      .leftJoin('import_runs as si', 'si.id', 'k.stopped_import_id')
      .select([
        'k.id',
        'k.kind',
        'k.due_at',
        'k.armed_at',
        'ab.name as armed_by_name',
        'ai.file_name as armed_by_file',
        'k.armed_reason',
        'k.note',
        'k.stopped_at',
        'sb.name as stopped_by_name',
        'si.file_name as stopped_by_file',
        'k.stopped_reason',
        'k.follow_up_outcome',
        'k.satisfaction',
        'k.comment',
      ])
      .where('k.case_id', '=', caseId)
      .orderBy('k.armed_at')
      .orderBy('k.id'),
  );
  return {
    caseId: c.id,
    caseNumber: c.case_number,
    status: c.status,
    waitingOn: c.waiting_on,
    dispute: c.dispute === 1,
    voided: c.voided_at !== null,
    requestedAt: c.requested_at,
    merchantDeadlineAt: c.merchant_deadline_at,
    respondedAt: c.responded_at,
    firstResponseMs: firstResponseMs(c.requested_at, c.responded_at),
    clocks: clocks.map((k) => ({
      id: k.id,
      kind: k.kind,
      dueAt: k.due_at,
      armedAt: k.armed_at,
      armedByName: k.armed_by_name,
      armedByFile: k.armed_by_file,
      armedReason: k.armed_reason,
      note: k.note,
      stoppedAt: k.stopped_at,
      stoppedByName: k.stopped_by_name,
      stoppedByFile: k.stopped_by_file,
      stoppedReason: k.stopped_reason,
      followUpOutcome: k.follow_up_outcome,
      satisfaction: k.satisfaction,
      comment: k.comment,
    })),
    now,
  };
};

const isTaskKind = (kind: string): kind is TaskClockKind => (taskClockKinds as readonly string[]).includes(kind);

/** Open desk tasks, soonest due first; `assigneeId` narrows them to one person's cases ("mine"). */
export const openTasks = (db: Sqlite, assigneeId: string | null, limit: number): { rows: TaskRow[]; total: number } => {
  let query = sql$
    .selectFrom('case_clocks as k')
    .innerJoin('after_sales_cases as c', 'c.id', 'k.case_id')
    .where('k.stopped_at', 'is', null)
    .where('k.kind', 'in', taskClockKinds)
    .where('c.voided_at', 'is', null);
  if (assigneeId !== null) query = query.where('c.assignee_id', '=', assigneeId);
  const total =
    first(
      db,
      query.select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0;
  const rows = all(
    db,
    query
      .leftJoin('users as u', 'u.id', 'c.assignee_id')
      .select(['k.id', 'k.case_id', 'c.case_number', 'k.kind', 'k.due_at', 'k.note', 'u.name as assignee_name', 'c.status'])
      .orderBy('k.due_at')
      .orderBy('k.id')
      .limit(limit),
  );
  return {
    total,
    rows: rows.flatMap((r) =>
      isTaskKind(r.kind)
        ? [
            {
              clockId: r.id,
              caseId: r.case_id,
              caseNumber: r.case_number,
              kind: r.kind,
              dueAt: r.due_at,
              note: r.note,
              assigneeName: r.assignee_name,
              status: r.status,
            },
          ]
        : [],
    ),
  };
};

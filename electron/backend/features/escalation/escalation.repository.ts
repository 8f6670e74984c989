import type { CaseEscalation, EscalationQueueRow, EvidenceItem, Intervention } from '../../../../shared/contract/escalation.contract';
import type { EscalationAction, EscalationLevel, EscalationReason } from '../../../../shared/domain/escalation';
import { newId } from '../../core/ids';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { Row } from '../../db/schema';

/**
 * The escalation's tables (migration 0018). Moves are appended, never changed; the level row is the one thing
 * updated (where the case stands now). `loadEscalation` is the whole story of a case, for the case page and the
 * evidence pack.
 */

/** Where a case stands now: `agent` until it is first escalated. */
export const escalationLevelOf = (db: Sqlite, caseId: string): EscalationLevel =>
  first(db, sql$.selectFrom('case_escalation_levels').select('level').where('case_id', '=', caseId))?.level ?? 'agent';

export const openInterventionOf = (db: Sqlite, caseId: string): Row<'case_interventions'> | undefined =>
  first(db, sql$.selectFrom('case_interventions').selectAll().where('case_id', '=', caseId).where('decided_at', 'is', null));

export interface NewStep {
  caseId: string;
  action: EscalationAction;
  levelAfter: EscalationLevel;
  reason?: EscalationReason | null;
  note?: string | null;
  interventionId?: string | null;
  happenedAt: number;
  recordedAt: number;
  recordedBy: string | null;
}

/** Appends a move and, when the level changes, moves the case's level row to it. */
export const appendStep = (db: Sqlite, step: NewStep): string => {
  const id = newId();
  run(
    db,
    sql$.insertInto('case_escalation_steps').values({
      id,
      case_id: step.caseId,
      action: step.action,
      level_after: step.levelAfter,
      reason: step.reason ?? null,
      note: step.note ?? null,
      intervention_id: step.interventionId ?? null,
      happened_at: step.happenedAt,
      recorded_at: step.recordedAt,
      recorded_by: step.recordedBy,
    }),
  );
  if (step.action !== 'evidence') {
    run(
      db,
      sql$
        .insertInto('case_escalation_levels')
        .values({ case_id: step.caseId, level: step.levelAfter, since_at: step.happenedAt, step_id: id })
        .onConflict((oc) => oc.column('case_id').doUpdateSet({ level: step.levelAfter, since_at: step.happenedAt, step_id: id })),
    );
  }
  return id;
};

export const insertIntervention = (db: Sqlite, row: Row<'case_interventions'>): void => {
  run(db, sql$.insertInto('case_interventions').values(row));
};

export const decideIntervention = (
  db: Sqlite,
  id: string,
  decision: Pick<Row<'case_interventions'>, 'decision' | 'decision_amount_fen' | 'decided_at' | 'decided_by' | 'decision_note'>,
): void => {
  run(db, sql$.updateTable('case_interventions').set(decision).where('id', '=', id));
};

export interface NewSubmission {
  interventionId: string;
  submittedAt: number;
  note: string | null;
  recordedAt: number;
  recordedBy: string | null;
  items: string[];
  attachmentIds: string[];
  messageIds: string[];
}

export const insertSubmission = (db: Sqlite, s: NewSubmission): string => {
  const id = newId();
  run(
    db,
    sql$.insertInto('case_evidence_submissions').values({
      id,
      intervention_id: s.interventionId,
      submitted_at: s.submittedAt,
      note: s.note,
      recorded_at: s.recordedAt,
      recorded_by: s.recordedBy,
    }),
  );
  const rows = [
    ...s.items.map((text) => ({ kind: 'text' as const, text, attachment_id: null, communication_id: null })),
    ...s.attachmentIds.map((a) => ({ kind: 'attachment' as const, text: null, attachment_id: a, communication_id: null })),
    ...s.messageIds.map((m) => ({ kind: 'message' as const, text: null, attachment_id: null, communication_id: m })),
  ];
  if (rows.length > 0)
    run(db, sql$.insertInto('case_evidence_items').values(rows.map((r, position) => ({ submission_id: id, position, ...r }))));
  return id;
};

/** How many of `ids` are live photos of the case / messages of the case (evidence refers to the case's own record only). */
export const countCaseAttachments = (db: Sqlite, caseId: string, ids: string[]): number =>
  ids.length === 0
    ? 0
    : (first(
        db,
        sql$
          .selectFrom('attachments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('owner_kind', '=', 'case')
          .where('owner_id', '=', caseId)
          .where('voided_at', 'is', null)
          .where('id', 'in', ids),
      )?.n ?? 0);

export const countCaseMessages = (db: Sqlite, caseId: string, ids: string[]): number =>
  ids.length === 0
    ? 0
    : (first(
        db,
        sql$
          .selectFrom('communications')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('case_id', '=', caseId)
          .where('id', 'in', ids),
      )?.n ?? 0);

const excerptChars = 120;

const evidenceOf = (db: Sqlite, interventionId: string): Intervention['submissions'] => {
  const submissions = all(
    db,
    sql$
      .selectFrom('case_evidence_submissions as s')
      .leftJoin('users as u', 'u.id', 's.recorded_by')
      .select(['s.id', 's.submitted_at', 's.note', 's.recorded_at', 'u.name as recorded_by_name'])
      .where('s.intervention_id', '=', interventionId)
      .orderBy('s.submitted_at')
      .orderBy('s.id'),
  );
  return submissions.map((s) => {
    const items = all(
      db,
      sql$
        .selectFrom('case_evidence_items as i')
        .leftJoin('attachments as a', 'a.id', 'i.attachment_id')
        .leftJoin('communications as m', 'm.id', 'i.communication_id')
        .select(['i.kind', 'i.text', 'i.attachment_id', 'a.taken_at', 'i.communication_id', 'm.at as message_at', 'm.text as message_text'])
        .where('i.submission_id', '=', s.id)
        .orderBy('i.position'),
    );
    return {
      id: s.id,
      submittedAt: s.submitted_at,
      note: s.note,
      recordedAt: s.recorded_at,
      recordedByName: s.recorded_by_name,
      items: items.map((i): EvidenceItem => ({
        kind: i.kind,
        text: i.text,
        attachmentId: i.attachment_id,
        attachmentTakenAt: i.taken_at,
        messageId: i.communication_id,
        messageAt: i.message_at,
        messageText: i.message_text === null ? null : i.message_text.slice(0, excerptChars),
      })),
    };
  });
};

/**
 * A case's escalation: level, every move and every intervention with its evidence and decision. Undefined when
 * the case does not exist. The evidence pack prints this.
 */
export const loadEscalation = (db: Sqlite, caseId: string, now: number): CaseEscalation | undefined => {
  const c = first(db, sql$.selectFrom('after_sales_cases').select(['id', 'case_number']).where('id', '=', caseId));
  if (!c) return undefined;
  const level = first(db, sql$.selectFrom('case_escalation_levels').select(['level', 'since_at']).where('case_id', '=', caseId));
  const steps = all(
    db,
    sql$
      .selectFrom('case_escalation_steps as s')
      .leftJoin('users as u', 'u.id', 's.recorded_by')
      .selectAll('s')
      .select('u.name as recorded_by_name')
      .where('s.case_id', '=', caseId)
      .orderBy('s.recorded_at')
      .orderBy('s.id'),
  );
  const interventions = all(
    db,
    sql$
      .selectFrom('case_interventions as i')
      .leftJoin('users as o', 'o.id', 'i.opened_by')
      .leftJoin('users as d', 'd.id', 'i.decided_by')
      .leftJoin('case_clocks as k', 'k.id', 'i.evidence_clock_id')
      .selectAll('i')
      .select(['o.name as opened_by_name', 'd.name as decided_by_name', 'k.stopped_at as clock_stopped_at'])
      .where('i.case_id', '=', caseId)
      .orderBy('i.opened_at')
      .orderBy('i.id'),
  );
  return {
    caseId: c.id,
    caseNumber: c.case_number,
    level: level?.level ?? 'agent',
    sinceAt: level?.since_at ?? null,
    steps: steps.map((s) => ({
      id: s.id,
      action: s.action,
      levelAfter: s.level_after,
      reason: s.reason,
      note: s.note,
      interventionId: s.intervention_id,
      happenedAt: s.happened_at,
      recordedAt: s.recorded_at,
      recordedByName: s.recorded_by_name,
    })),
    interventions: interventions.map((i) => ({
      id: i.id,
      openedAt: i.opened_at,
      openedByName: i.opened_by_name,
      evidenceDueAt: i.evidence_due_at,
      evidenceClockRunning: i.evidence_clock_id !== null && i.clock_stopped_at === null,
      note: i.note,
      decision: i.decision,
      decisionAmountFen: i.decision_amount_fen,
      decidedAt: i.decided_at,
      decidedByName: i.decided_by_name,
      decisionNote: i.decision_note,
      submissions: evidenceOf(db, i.id),
    })),
    now,
  };
};

/**
 * Escalated cases at one level, live ones only (not voided). The owner's queue: longest waiting first. The
 * platform's: soonest evidence deadline first (none last).
 */
export const escalationQueue = (db: Sqlite, level: 'owner' | 'platform', limit: number): { rows: EscalationQueueRow[]; total: number } => {
  const base = sql$
    .selectFrom('case_escalation_levels as l')
    .innerJoin('after_sales_cases as c', 'c.id', 'l.case_id')
    .innerJoin('case_escalation_steps as s', 's.id', 'l.step_id')
    .where('l.level', '=', level)
    .where('c.voided_at', 'is', null);
  const total =
    first(
      db,
      base.select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0;
  let query = base
    .leftJoin('users as u', 'u.id', 's.recorded_by')
    .leftJoin('case_interventions as i', (j) => j.onRef('i.case_id', '=', 'l.case_id').on('i.decided_at', 'is', null))
    .select(['l.case_id', 'c.case_number', 'l.since_at', 's.reason', 's.note', 'u.name as by_name', 'i.evidence_due_at'])
    .limit(limit);
  query =
    level === 'owner'
      ? query.orderBy('l.since_at').orderBy('l.case_id')
      : query
          .orderBy((eb) => eb('i.evidence_due_at', 'is', null))
          .orderBy('i.evidence_due_at')
          .orderBy('l.case_id');
  const rows = all(db, query);
  return {
    total,
    rows: rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.case_number,
      level,
      sinceAt: r.since_at,
      reason: r.reason,
      note: r.note,
      byName: r.by_name,
      evidenceDueAt: r.evidence_due_at,
    })),
  };
};

import {
  type ClockArmReason,
  type ClockKind,
  type ClockStopReason,
  followUpDueAt,
  refundDueAt,
  respondDueAt,
} from '../../../../shared/domain/clocks';
import { finishedCaseStatuses, waitingOnByStatus, warehouseCaseStatuses } from '../../../../shared/domain/aftersales';
import type { PolicyValue } from '../../../../shared/contract/settings.contract';
import type { AuditEntry } from '../../core/audit';
import type { HandlerContext } from '../../core/context';
import { readPolicy } from '../settings/policy.repository';
import { newId } from '../../core/ids';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { Row } from '../../db/schema';

/**
 * The clocks of a case (migration 0014, shared/domain/clocks.ts): arming, stopping, and keeping the merchant's
 * clock in step with the case. Every writer that moves a case calls `syncCaseClocks` after its change (manual
 * edits, receipts, voids); the import does the same set-based (`import-clocks.ts`). This module never imports
 * another feature, so every feature may import it.
 */

/** Who armed or stopped a clock: a user, or an import (a newer export). */
export interface ClockActor {
  userId: string | null;
  importId?: string | null;
}

export interface ClockSync {
  db: Sqlite;
  actor: ClockActor;
  now: number;
  policy: PolicyValue;
  audit: (entry: AuditEntry) => void;
}

/** A handler's clock work: as its user, at its time, under the policy now, audited in its transaction. */
export const clockSyncOf = (ctx: HandlerContext, userId: string | null = ctx.user?.id ?? null): ClockSync => ({
  db: ctx.db,
  actor: { userId },
  now: ctx.env.now(),
  policy: readPolicy(ctx.db),
  audit: ctx.audit,
});

type ClockRow = Row<'case_clocks'>;

export const clocksOfCase = (db: Sqlite, caseId: string): ClockRow[] =>
  all(db, sql$.selectFrom('case_clocks').selectAll().where('case_id', '=', caseId).orderBy('armed_at').orderBy('id'));

export const findClock = (db: Sqlite, id: string): ClockRow | undefined =>
  first(db, sql$.selectFrom('case_clocks').selectAll().where('id', '=', id));

const runningClocks = (db: Sqlite, caseId: string): ClockRow[] =>
  all(db, sql$.selectFrom('case_clocks').selectAll().where('case_id', '=', caseId).where('stopped_at', 'is', null));

export const findCaseRow = (db: Sqlite, caseId: string) =>
  first(db, sql$.selectFrom('after_sales_cases').selectAll().where('id', '=', caseId));

/** The audit's view of a clock: what a reader needs, the case by its number. */
const auditOf = (clock: ClockRow, caseNumber: string) => ({
  caseNumber,
  clockKind: clock.kind,
  dueAt: clock.due_at,
  armedReason: clock.armed_reason,
  stoppedReason: clock.stopped_reason,
  note: clock.note,
  followUpOutcome: clock.follow_up_outcome,
  satisfaction: clock.satisfaction,
  comment: clock.comment,
});

export interface StopDetail {
  reason: ClockStopReason;
  followUpOutcome?: 'answered' | 'no_answer';
  satisfaction?: number | null;
  comment?: string | null;
}

export const stopClock = (sync: ClockSync, clock: ClockRow, caseNumber: string, detail: StopDetail): void => {
  const { db, actor, now } = sync;
  run(
    db,
    sql$
      .updateTable('case_clocks')
      .set({
        stopped_at: now,
        stopped_by: actor.userId,
        stopped_import_id: actor.importId ?? null,
        stopped_reason: detail.reason,
        follow_up_outcome: detail.followUpOutcome ?? null,
        satisfaction: detail.satisfaction ?? null,
        comment: detail.comment ?? null,
      })
      .where('id', '=', clock.id),
  );
  const after = findClock(db, clock.id);
  if (after)
    sync.audit({
      entity: 'case_clock',
      entityId: clock.id,
      action: 'stop',
      before: auditOf(clock, caseNumber),
      after: auditOf(after, caseNumber),
    });
};

export interface ArmClock {
  caseId: string;
  caseNumber: string;
  kind: ClockKind;
  dueAt: number;
  reason: ClockArmReason;
  note?: string | null;
}

/** Arms a clock; one of the same kind still running is stopped as re-armed first (the history keeps both). */
export const armClock = (sync: ClockSync, arm: ArmClock): string => {
  const { db, actor, now } = sync;
  for (const running of runningClocks(db, arm.caseId).filter((c) => c.kind === arm.kind)) {
    stopClock(sync, running, arm.caseNumber, { reason: 'rearmed' });
  }
  const id = newId();
  run(
    db,
    sql$.insertInto('case_clocks').values({
      id,
      case_id: arm.caseId,
      kind: arm.kind,
      due_at: arm.dueAt,
      armed_at: now,
      armed_by: actor.userId,
      armed_import_id: actor.importId ?? null,
      armed_reason: arm.reason,
      note: arm.note ?? null,
    }),
  );
  const armed = findClock(db, id);
  if (armed) sync.audit({ entity: 'case_clock', entityId: id, action: 'arm', after: auditOf(armed, arm.caseNumber) });
  return id;
};

/** How a respond clock should be armed when one starts now (a manual case's entered deadline, or the policy's). */
export interface RespondArming {
  dueAt: number;
  reason: ClockArmReason;
}

export interface SyncOptions {
  /** How to arm the respond clock if one starts (a manual case's entered deadline); default: the policy's hours from now. */
  respond?: RespondArming;
  /** The change resolved the case just now: arm its follow-up. (A parcel for an old finished case does not.) */
  resolved?: boolean;
}

/**
 * Brings a case's clocks in step with the case after a change:
 * - voided: every running clock stops (no longer applies);
 * - finished: the merchant's clock stops as met, the evidence deadline and a promised update no longer apply, and
 *   when the change resolved it, the follow-up is armed (once per case) `followUp.days` after the resolution;
 * - waiting on the merchant: the refund clock runs once the goods are back (received / inspected), the respond
 *   clock otherwise; a clock already running is kept, a missing one is armed (from `respond`, else the policy's
 *   hours from now: the case came back to the merchant);
 * - waiting on the buyer or the platform: the merchant's clock stops as met.
 * Then `merchant_deadline_at` becomes the running merchant clock's due time.
 */
export const syncCaseClocks = (sync: ClockSync, caseId: string, options: SyncOptions = {}): void => {
  const { respond, resolved = false } = options;
  const { db, now, policy } = sync;
  const c = findCaseRow(db, caseId);
  if (!c) return;
  const running = runningClocks(db, caseId);
  const stop = (kinds: readonly ClockKind[], reason: ClockStopReason) => {
    for (const clock of running.filter((r) => kinds.includes(r.kind))) stopClock(sync, clock, c.case_number, { reason });
  };
  if (c.voided_at !== null) {
    stop(['respond', 'refund', 'evidence', 'promised_update', 'follow_up'], 'not_applicable');
    return;
  }
  if (finishedCaseStatuses.includes(c.status)) {
    stop(['respond', 'refund'], 'met');
    stop(['evidence', 'promised_update'], 'not_applicable');
    const hadFollowUp = first(
      db,
      sql$.selectFrom('case_clocks').select('id').where('case_id', '=', caseId).where('kind', '=', 'follow_up'),
    );
    if (resolved && !hadFollowUp) {
      armClock(sync, {
        caseId,
        caseNumber: c.case_number,
        kind: 'follow_up',
        dueAt: followUpDueAt(c.resolved_at ?? now, policy.followUp.days),
        reason: 'resolved',
      });
    }
    return;
  }
  if (waitingOnByStatus[c.status] !== 'merchant') {
    stop(['respond', 'refund'], 'met');
    return;
  }
  const goodsBack = c.received_at !== null && warehouseCaseStatuses.includes(c.status);
  const wanted: ClockKind = goodsBack ? 'refund' : 'respond';
  stop([wanted === 'refund' ? 'respond' : 'refund'], 'met');
  let current = running.find((r) => r.kind === wanted);
  if (!current) {
    const arming: RespondArming =
      wanted === 'refund' && c.received_at !== null
        ? { dueAt: refundDueAt(c.received_at, policy.refundHours), reason: 'goods_received' }
        : (respond ?? { dueAt: respondDueAt(now, policy.responseHours), reason: 'back_to_merchant' });
    const id = armClock(sync, { caseId, caseNumber: c.case_number, kind: wanted, ...arming });
    current = findClock(db, id);
  }
  if (current && c.merchant_deadline_at !== current.due_at) {
    run(db, sql$.updateTable('after_sales_cases').set({ merchant_deadline_at: current.due_at }).where('id', '=', caseId));
  }
};

/** The first merchant action counts as the first response (a promised update is an answer to the buyer). */
export const markFirstResponse = (db: Sqlite, caseId: string, now: number): boolean =>
  run(db, sql$.updateTable('after_sales_cases').set({ responded_at: now }).where('id', '=', caseId).where('responded_at', 'is', null)) > 0;

import type { LedgerEntryView, RemedyView } from '../../../../shared/contract/remedies.contract';
import type { Grade } from '../../../../shared/domain/inspection';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';
import type { NewRow, Row } from '../../db/schema';

export const insertRemedy = (db: Sqlite, row: NewRow<'case_remedies'>): void => {
  run(db, sql$.insertInto('case_remedies').values(row));
};

export const remedyRecord = (db: Sqlite, id: string): Row<'case_remedies'> | undefined =>
  first(db, sql$.selectFrom('case_remedies').selectAll().where('id', '=', id));

export const setRemedyAnswer = (
  db: Sqlite,
  id: string,
  answer: Pick<Row<'case_remedies'>, 'answer' | 'answer_text' | 'answered_by' | 'answered_at'>,
) => {
  // `answer IS NULL` in the WHERE: answering twice can never overwrite the first answer, even by a race.
  return run(db, sql$.updateTable('case_remedies').set(answer).where('id', '=', id).where('answer', 'is', null)) > 0;
};

export const setRemedyAgreed = (db: Sqlite, id: string, by: string, at: number): void => {
  run(db, sql$.updateTable('case_remedies').set({ agreed_by: by, agreed_at: at }).where('id', '=', id));
};

export const voidRemedy = (db: Sqlite, id: string, by: string, at: number, reason: string): void => {
  run(db, sql$.updateTable('case_remedies').set({ voided_by: by, voided_at: at, void_reason: reason }).where('id', '=', id));
};

export const agreedRemedyOf = (db: Sqlite, caseId: string) =>
  first(
    db,
    sql$
      .selectFrom('case_remedies')
      .select('id')
      .where('case_id', '=', caseId)
      .where('agreed_at', 'is not', null)
      .where('voided_at', 'is', null),
  );

export const insertCompensation = (db: Sqlite, row: NewRow<'case_compensation'>): void => {
  run(db, sql$.insertInto('case_compensation').values(row));
};

export const compensationRecord = (db: Sqlite, id: string): Row<'case_compensation'> | undefined =>
  first(db, sql$.selectFrom('case_compensation').selectAll().where('id', '=', id));

export const liveCompensationOfRemedy = (db: Sqlite, remedyId: string) =>
  all(db, sql$.selectFrom('case_compensation').selectAll().where('remedy_id', '=', remedyId).where('voided_at', 'is', null));

export const voidCompensation = (db: Sqlite, id: string, by: string, at: number, reason: string): void => {
  run(db, sql$.updateTable('case_compensation').set({ voided_by: by, voided_at: at, void_reason: reason }).where('id', '=', id));
};

export const insertAdviceDecision = (db: Sqlite, row: NewRow<'case_remedy_advice'>): void => {
  run(db, sql$.insertInto('case_remedy_advice').values(row));
};

export const remediesOf = (db: Sqlite, caseId: string): RemedyView[] =>
  all(
    db,
    sql$
      .selectFrom('case_remedies as r')
      .leftJoin('users as o', 'o.id', 'r.offered_by')
      .leftJoin('users as a', 'a.id', 'r.agreed_by')
      .select([
        'r.id',
        'r.kind',
        'r.amount_fen as amountFen',
        'r.coupon_threshold_fen as couponThresholdFen',
        'r.coupon_expires_at as couponExpiresAt',
        'r.note',
        'o.name as offeredByName',
        'r.offered_at as offeredAt',
        'r.answer',
        'r.answer_text as answerText',
        'r.answered_at as answeredAt',
        'r.agreed_at as agreedAt',
        'a.name as agreedByName',
        'r.voided_at as voidedAt',
        'r.void_reason as voidReason',
      ])
      .where('r.case_id', '=', caseId)
      .orderBy('r.offered_at')
      .orderBy('r.id'),
  );

export const ledgerOf = (db: Sqlite, caseId: string): LedgerEntryView[] =>
  all(
    db,
    sql$
      .selectFrom('case_compensation as l')
      .leftJoin('users as u', 'u.id', 'l.recorded_by')
      .select([
        'l.id',
        'l.remedy_id as remedyId',
        'l.kind',
        'l.amount_fen as amountFen',
        'l.paid_at as paidAt',
        'l.note',
        'u.name as recordedByName',
        'l.voided_at as voidedAt',
        'l.void_reason as voidReason',
      ])
      .where('l.case_id', '=', caseId)
      .orderBy('l.paid_at')
      .orderBy('l.id'),
  );

export const latestDecisionOf = (db: Sqlite, caseId: string) =>
  first(
    db,
    sql$
      .selectFrom('case_remedy_advice as d')
      .leftJoin('users as u', 'u.id', 'd.decided_by')
      .select([
        'd.chosen_route as chosenRoute',
        'd.recommended_route as recommendedRoute',
        'd.override_reason as overrideReason',
        'd.decided_at as decidedAt',
        'u.name as decidedByName',
      ])
      .where('d.case_id', '=', caseId)
      .orderBy('d.decided_at', 'desc')
      .orderBy('d.id', 'desc'),
  );

/**
 * The case's SKU and its unit cost: the case's order line, else the first line of its order (by id), the same
 * rule as the dashboard (docs/METRICS.md "Cohort").
 */
export const caseSkuOf = (db: Sqlite, orderId: string, orderLineId: string | null) =>
  first(
    db,
    sql$
      .selectFrom('order_lines as l')
      .innerJoin('skus as s', 's.id', 'l.sku_id')
      .select(['s.id as skuId', 's.unit_cost_fen as unitCostFen'])
      .where('l.order_id', '=', orderId)
      .$if(orderLineId !== null, (q) => q.where('l.id', '=', orderLineId ?? ''))
      .orderBy('l.id')
      .limit(1),
  );

/**
 * How this SKU's returns were graded: the latest completed return inspection of each counted case, as the
 * dashboard keeps it in rl_case_facts (index rl_case_facts_sku), so the history is the one the charts show.
 */
export const gradeMixOf = (db: Sqlite, skuId: string): Record<Grade, number> => {
  const rows = rawQuery<{ grade: Grade; n: number }>(
    db,
    `SELECT i.grade AS grade, count(*) AS n FROM rl_case_facts f JOIN inspections i ON i.id = f.inspection_id
     WHERE f.sku_id = ? AND i.grade IS NOT NULL GROUP BY i.grade`,
  ).all(skuId);
  const mix: Record<Grade, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const r of rows) mix[r.grade] = r.n;
  return mix;
};

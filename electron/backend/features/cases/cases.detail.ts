import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import type { CommunicationView } from '../../../../shared/contract/communications.contract';
import { notFound } from '../../../../shared/contract/errors';
import type { Sqlite } from '../../db/connection';
import { all, first, sql$ } from '../../db/query';
import type { Row } from '../../db/schema';
import { auditTrailOf } from '../audit/audit.repository';
import { caseRowById } from './cases.list';

type CaseRecord = Row<'after_sales_cases'>;

const attachmentsOf = (db: Sqlite, kind: 'case' | 'inspection', ownerId: string) =>
  all(
    db,
    sql$
      .selectFrom('attachments')
      .select(['id', 'mime'])
      .where('owner_kind', '=', kind)
      .where('owner_id', '=', ownerId)
      .where('voided_at', 'is', null)
      // Named files belong to the conversation record (communications.list shows them, PDFs included).
      .where('file_name', 'is', null)
      .orderBy('taken_at'),
  );

const orderOf = (db: Sqlite, orderId: string): CaseDetail['order'] => {
  const order = first(
    db,
    sql$
      .selectFrom('orders')
      .select([
        'id',
        'order_number as orderNumber',
        'status',
        'raw_status as rawStatus',
        'paid_at as paidAt',
        'shipped_at as shippedAt',
        'signed_at as signedAt',
        'confirmed_at as confirmedAt',
        'tracking_number as trackingNumber',
        'courier',
        'buyer_paid_fen as buyerPaidFen',
      ])
      .where('id', '=', orderId),
  );
  // A case's order is a foreign key (after_sales_cases.order_id REFERENCES orders), so this is a broken store.
  if (!order) throw new Error(`the order ${orderId} of a case is missing`);
  const lines = all(
    db,
    sql$
      .selectFrom('order_lines as l')
      .innerJoin('skus as s', 's.id', 'l.sku_id')
      .innerJoin('products as p', 'p.id', 's.product_id')
      .leftJoin('lots as lot', 'lot.id', 'l.lot_id')
      .select([
        'l.id',
        's.code as skuCode',
        'p.name as productName',
        's.spec_text as specText',
        'l.quantity',
        'l.unit_price_fen as unitPriceFen',
        'lot.lot_code as lotCode',
      ])
      .where('l.order_id', '=', orderId)
      .orderBy('s.code'),
  );
  return { ...order, lines };
};

const inspectionsOf = (db: Sqlite, caseId: string): CaseDetail['inspections'] => {
  const rows = all(
    db,
    sql$
      .selectFrom('inspections as i')
      .leftJoin('users as u', 'u.id', 'i.inspector_id')
      .select([
        'i.id',
        'i.state',
        'i.inspector_id as inspectorId',
        'u.name as inspectorName',
        'i.started_at as startedAt',
        'i.completed_at as completedAt',
        'i.grade',
        'i.disposition',
        'i.claim_match as claimMatch',
        'i.fault',
        'i.quantity',
        'i.notes',
      ])
      .where('i.case_id', '=', caseId)
      .orderBy('i.started_at'),
  );
  const defectsOf = (inspectionId: string) =>
    all(
      db,
      sql$
        .selectFrom('inspection_defects as x')
        .innerJoin('defect_types as d', 'd.id', 'x.defect_type_id')
        .select(['d.code', 'd.name_zh as nameZh', 'd.name_en as nameEn', 'x.class', 'x.quantity', 'x.note'])
        .where('x.inspection_id', '=', inspectionId)
        .orderBy('d.sort_order'),
    );
  return rows.map((row) => ({ ...row, defects: defectsOf(row.id), attachments: attachmentsOf(db, 'inspection', row.id) }));
};

export const communicationsOf = (db: Sqlite, caseId: string): CommunicationView[] =>
  all(
    db,
    sql$
      .selectFrom('communications as m')
      .leftJoin('users as u', 'u.id', 'm.author_id')
      .select([
        'm.id',
        'm.case_id as caseId',
        'm.at',
        'm.direction',
        'm.channel',
        'm.author_id as authorId',
        'u.name as authorName',
        'm.text',
        'm.template_id as templateId',
      ])
      .where('m.case_id', '=', caseId)
      // What stands: a voided entry or one a correction replaced is in communications.list, struck through.
      .where('m.voided_at', 'is', null)
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('communications as next').select('next.id').whereRef('next.supersedes_id', '=', 'm.id'))),
      )
      .orderBy('m.at')
      .orderBy('m.id'),
  );

export const findCaseRecord = (db: Sqlite, id: string): CaseRecord | undefined =>
  first(db, sql$.selectFrom('after_sales_cases').selectAll().where('id', '=', id));

/** The lot, spec and supplier (the lot's, else the SKU's, else the product's) of a case's order line. */
const lineInfoOf = (db: Sqlite, orderLineId: string) =>
  first(
    db,
    sql$
      .selectFrom('order_lines as l')
      .innerJoin('skus as s', 's.id', 'l.sku_id')
      .innerJoin('products as p', 'p.id', 's.product_id')
      .leftJoin('lots as lot', 'lot.id', 'l.lot_id')
      .leftJoin('suppliers as sup', (join) =>
        join.onRef('sup.id', '=', (eb) => eb.fn.coalesce('lot.supplier_id', 's.supplier_id', 'p.supplier_id')),
      )
      .select(['lot.lot_code as lotCode', 's.spec_text as specText', 'sup.name as supplierName'])
      .where('l.id', '=', orderLineId),
  );

/** Everything the case screen shows, in one answer; the audit trail covers the case, its inspections and messages. */
export const caseDetail = (db: Sqlite, id: string): CaseDetail => {
  const record = findCaseRecord(db, id);
  const row = caseRowById(db, id);
  if (!record || !row) throw notFound('case_not_found', {}, 'Case not found', { field: 'id', id });
  const lineInfo = record.order_line_id ? lineInfoOf(db, record.order_line_id) : undefined;
  const inspections = inspectionsOf(db, id);
  const communications = communicationsOf(db, id);
  return {
    ...row,
    order: orderOf(db, record.order_id),
    lotCode: lineInfo?.lotCode ?? null,
    specText: lineInfo?.specText ?? null,
    supplierName: lineInfo?.supplierName ?? null,
    returnCourier: record.return_courier,
    receivedAt: record.received_at,
    packageCondition: record.package_condition,
    suggestedOutcome: record.suggested_outcome,
    suggestedRefundFen: record.suggested_refund_fen,
    resolution: record.resolution,
    resolvedAt: record.resolved_at,
    voidedAt: record.voided_at,
    inspections,
    attachments: attachmentsOf(db, 'case', id),
    communications,
    audit: auditTrailOf(db, [
      { entity: 'case', ids: [id] },
      { entity: 'inspection', ids: inspections.map((i) => i.id) },
      { entity: 'communication', ids: communications.map((c) => c.id) },
    ]),
  };
};

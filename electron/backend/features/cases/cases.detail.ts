import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import type { CommunicationView } from '../../../../shared/contract/communications.contract';
import { notFound } from '../../../../shared/contract/errors';
import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';
import type { Row } from '../../db/schema';
import { auditTrailOf } from '../audit/audit.repository';
import { caseRowById } from './cases.list';

type CaseRecord = Row<'after_sales_cases'>;

const attachmentsOf = (db: Sqlite, kind: 'case' | 'inspection', ownerId: string) =>
  prepared(db, `SELECT id, mime FROM attachments WHERE owner_kind = ? AND owner_id = ? AND voided_at IS NULL ORDER BY taken_at`).all(kind, ownerId) as {
    id: string;
    mime: string;
  }[];

const orderOf = (db: Sqlite, orderId: string): CaseDetail['order'] => {
  const order = prepared(
    db,
    `SELECT id, order_number AS orderNumber, status, raw_status AS rawStatus, paid_at AS paidAt, shipped_at AS shippedAt,
            signed_at AS signedAt, tracking_number AS trackingNumber, courier, buyer_paid_fen AS buyerPaidFen
     FROM orders WHERE id = ?`,
  ).get(orderId) as Omit<CaseDetail['order'], 'lines'>;
  const lines = prepared(
    db,
    `SELECT l.id, s.code AS skuCode, p.name AS productName, s.spec_text AS specText, l.quantity, l.unit_price_fen AS unitPriceFen,
            lot.lot_code AS lotCode
     FROM order_lines l JOIN skus s ON s.id = l.sku_id JOIN products p ON p.id = s.product_id
     LEFT JOIN lots lot ON lot.id = l.lot_id WHERE l.order_id = ? ORDER BY s.code`,
  ).all(orderId) as CaseDetail['order']['lines'];
  return { ...order, lines };
};

const inspectionsOf = (db: Sqlite, caseId: string): CaseDetail['inspections'] => {
  const rows = prepared(
    db,
    `SELECT i.id, i.state, i.inspector_id AS inspectorId, u.name AS inspectorName, i.started_at AS startedAt,
            i.completed_at AS completedAt, i.grade, i.disposition, i.claim_match AS claimMatch, i.fault, i.quantity, i.notes
     FROM inspections i LEFT JOIN users u ON u.id = i.inspector_id WHERE i.case_id = ? ORDER BY i.started_at`,
  ).all(caseId) as Omit<CaseDetail['inspections'][number], 'defects' | 'attachments'>[];
  const defects = prepared(
    db,
    `SELECT d.code, d.name_zh AS nameZh, d.name_en AS nameEn, x.class, x.quantity, x.note
     FROM inspection_defects x JOIN defect_types d ON d.id = x.defect_type_id WHERE x.inspection_id = ? ORDER BY d.sort_order`,
  );
  return rows.map((row) => ({
    ...row,
    defects: defects.all(row.id) as CaseDetail['inspections'][number]['defects'],
    attachments: attachmentsOf(db, 'inspection', row.id),
  }));
};

export const communicationsOf = (db: Sqlite, caseId: string): CommunicationView[] =>
  prepared(
    db,
    `SELECT m.id, m.case_id AS caseId, m.at, m.direction, m.channel, m.author_id AS authorId, u.name AS authorName, m.text
     FROM communications m LEFT JOIN users u ON u.id = m.author_id WHERE m.case_id = ? ORDER BY m.at, m.id`,
  ).all(caseId) as CommunicationView[];

export const findCaseRecord = (db: Sqlite, id: string): CaseRecord | undefined =>
  prepared(db, 'SELECT * FROM after_sales_cases WHERE id = ?').get(id) as CaseRecord | undefined;

/** Everything the case screen shows, in one answer; the audit trail covers the case, its inspections and messages. */
export const caseDetail = (db: Sqlite, id: string): CaseDetail => {
  const record = findCaseRecord(db, id);
  const row = caseRowById(db, id);
  if (!record || !row) throw notFound('case_not_found', {}, 'Case not found', { field: 'id', id });
  const lineInfo = record.order_line_id
    ? (prepared(
        db,
        `SELECT lot.lot_code AS lotCode, s.spec_text AS specText, sup.name AS supplierName
         FROM order_lines l JOIN skus s ON s.id = l.sku_id JOIN products p ON p.id = s.product_id
         LEFT JOIN lots lot ON lot.id = l.lot_id
         LEFT JOIN suppliers sup ON sup.id = coalesce(lot.supplier_id, s.supplier_id, p.supplier_id)
         WHERE l.id = ?`,
      ).get(record.order_line_id) as { lotCode: string | null; specText: string | null; supplierName: string | null } | undefined)
    : undefined;
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

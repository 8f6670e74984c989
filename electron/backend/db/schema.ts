import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely';
import type { CaseStatus, CaseType, OrderStatus, ReasonCategory, WaitingOn } from '../../../shared/domain/aftersales';
import type {
  ClaimMatch,
  DefectCategory,
  DefectClass,
  Disposition,
  FaultParty,
  Grade,
  InspectionKind,
  InspectionState,
  PackageCondition,
  SuggestedOutcome,
} from '../../../shared/domain/inspection';
import type { ClockArmReason, ClockKind, ClockStopReason, FollowUpOutcome } from '../../../shared/domain/clocks';
import type { ImportKind } from '../../../shared/domain/import-presets';
import type { FindingCategory } from '../../../shared/domain/metrics';
import type { FreightPayer, ReturnException } from '../../../shared/domain/return-law';
import type { LotBasis } from '../../../shared/domain/lot-attribution';
import type { Role } from '../../../shared/domain/roles';
import type { CompensationKind, RemedyAnswer, RemedyKind } from '../../../shared/domain/remedies';
import type { RemedyRoute } from '../../../shared/domain/remedy-cost';
import type { EscalationAction, EscalationLevel, EscalationReason, PlatformDecision } from '../../../shared/domain/escalation';
import type { ActionStatus, CauseGroup } from '../../../shared/domain/causes';
import type { NeverSayKind, ReplySituation } from '../../../shared/domain/reply-templates';

/** Row shapes of migrations/0001_init.ts (and later ones). Times are epoch ms; money is fen; flags are 0 | 1. */
type Flag = 0 | 1;
type Source = 'import' | 'seed' | 'manual';

interface UsersTable {
  id: string;
  name: string;
  role: Role;
  pin_hash: string;
  locale: 'zh-CN' | 'en-US' | null;
  active: Flag;
  created_at: number;
  updated_at: number;
}

interface StoresTable {
  id: string;
  name: string;
  platform: string;
  created_at: number;
}

interface SuppliersTable {
  id: string;
  name: string;
  contact: string | null;
  active: Flag;
  created_at: number;
  /** migrations/0021 */
  notes: string | null;
}

interface ProductsTable {
  id: string;
  name: string;
  product_code: string | null;
  platform_goods_id: string | null;
  supplier_id: string | null;
  created_at: number;
  /** migrations/0012: goods the 7-day no-reason return does not cover; null = none. */
  return_exception: ReturnException | null;
  /** migrations/0012: durable goods (CPL Art. 23 burden of proof). */
  durable: Flag;
}

interface SkusTable {
  id: string;
  product_id: string;
  code: string;
  platform_sku_id: string | null;
  spec_text: string | null;
  barcode: string | null;
  unit_cost_fen: number | null;
  supplier_id: string | null;
  active: Flag;
  created_at: number;
}

interface LotsTable {
  id: string;
  sku_id: string;
  supplier_id: string | null;
  lot_code: string;
  received_at: number | null;
  quantity: number | null;
  created_at: number;
  /** migrations/0021: purchase unit cost; a voided lot (with its reason) drops out of attribution. */
  unit_cost_fen: number | null;
  notes: string | null;
  voided_at: number | null;
  void_reason: string | null;
}

interface ImportRunsTable {
  id: string;
  kind: string;
  file_name: string;
  file_sha256: string | null;
  file_size: number | null;
  encoding: string | null;
  preset: string | null;
  state: 'previewing' | 'committing' | 'committed' | 'cancelled' | 'failed';
  counts: string | null;
  rejected_count: number;
  error: string | null;
  user_id: string | null;
  started_at: number;
  finished_at: number | null;
}

interface ImportRejectsTable {
  id: number;
  import_id: string;
  row_number: number;
  column_name: string | null;
  value: string | null;
  reason: string;
}

interface OrdersTable {
  id: string;
  store_id: string;
  order_number: string;
  raw_status: string;
  status: OrderStatus;
  paid_at: number | null;
  shipped_at: number | null;
  /** Logistics signing time: starts the 7-day window (E-Commerce Law Art. 51). */
  signed_at: number | null;
  /** migrations/0012: the buyer's confirm-receipt time (确认收货时间), a fallback for the window only. */
  confirmed_at: number | null;
  buyer_region: string | null;
  tracking_number: string | null;
  courier: string | null;
  goods_total_fen: number;
  postage_fen: number;
  shop_discount_fen: number;
  platform_discount_fen: number;
  buyer_paid_fen: number;
  merchant_received_fen: number;
  merchant_note: string | null;
  source: Source;
  import_id: string | null;
  created_at: number;
  updated_at: number;
}

interface OrderLinesTable {
  id: string;
  order_id: string;
  sku_id: string;
  quantity: number;
  unit_price_fen: number;
  lot_id: string | null;
  title: string | null;
  /** migrations/0021: how lot_id was decided; null = no lot, or set before attribution existed. */
  lot_basis: LotBasis | null;
}

interface AfterSalesCasesTable {
  id: string;
  store_id: string;
  case_number: string;
  order_id: string;
  order_line_id: string | null;
  type: CaseType;
  reason_category: ReasonCategory;
  reason_text: string | null;
  raw_status: string;
  status: CaseStatus;
  /** Generated from `status` (migration 0011): who must act next. */
  waiting_on: GeneratedAlways<WaitingOn>;
  requested_at: number;
  merchant_deadline_at: number | null;
  responded_at: number | null;
  requested_quantity: number;
  refund_fen: number;
  order_amount_fen: number | null;
  /** The return freight the merchant paid (a cost of the return). */
  return_freight_fen: number;
  /** migrations/0012: who paid the return freight, and how much (whoever paid). */
  return_freight_payer: FreightPayer | null;
  return_freight_amount_fen: number | null;
  return_tracking_number: string | null;
  return_courier: string | null;
  received_at: number | null;
  received_by: string | null;
  package_condition: PackageCondition | null;
  suggested_outcome: SuggestedOutcome | null;
  suggested_refund_fen: number | null;
  resolution: string | null;
  resolved_at: number | null;
  dispute: Flag;
  assignee_id: string | null;
  source: Source;
  import_id: string | null;
  voided_at: number | null;
  created_at: number;
  updated_at: number;
}

interface DefectTypesTable {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  category: DefectCategory;
  default_class: DefectClass;
  active: Flag;
  sort_order: number;
  created_at: number;
  updated_at: number;
}

interface ReasonCategoriesTable {
  code: ReasonCategory;
  name_zh: string;
  name_en: string;
  sort_order: number;
}

interface InspectionsTable {
  id: string;
  kind: InspectionKind;
  case_id: string | null;
  lot_id: string | null;
  inspector_id: string;
  state: InspectionState;
  started_at: number;
  completed_at: number | null;
  grade: Grade | null;
  disposition: Disposition | null;
  claim_match: ClaimMatch | null;
  fault: FaultParty | null;
  missing_parts: string | null;
  quantity: number;
  sample_size: number | null;
  notes: string | null;
  void_reason: string | null;
  updated_at: number;
}

interface InspectionDefectsTable {
  id: string;
  inspection_id: string;
  defect_type_id: string;
  class: DefectClass;
  quantity: number;
  note: string | null;
  /** migrations/0022: the sampled unit (1…n) of a lot inspection the defect was found on; null on returns. */
  unit_no: Generated<number | null>;
}

interface UnmatchedParcelsTable {
  id: string;
  code: string;
  courier: string | null;
  note: string | null;
  received_at: number;
  received_by: string;
  linked_case_id: string | null;
  linked_at: number | null;
  created_at: number;
}

interface AttachmentsTable {
  id: string;
  sha256: string;
  mime: string;
  size_bytes: number;
  owner_kind: 'case' | 'inspection' | 'unmatched_parcel' | 'receipt';
  owner_id: string;
  taken_at: number;
  created_by: string;
  voided_at: number | null;
  /** Migration 17: the message a file belongs to (a chat screenshot); null when it is on the case itself. */
  communication_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 17: the name the file had when attached (a PDF is saved under it). */
  file_name: ColumnType<string | null, string | null | undefined, string | null>;
}

interface CommunicationsTable {
  id: string;
  case_id: string;
  at: number;
  /** inbound/outbound = from/to the buyer; migration 17 adds the platform. */
  direction: 'inbound' | 'outbound' | 'internal' | 'from_platform' | 'to_platform';
  /** Migration 17 adds sms and platform_message; email and other are kept for old rows. */
  channel: 'platform_chat' | 'phone' | 'sms' | 'platform_message' | 'note' | 'email' | 'other';
  /** Who logged it (the user); the other side's name is `speaker`. */
  author_id: string | null;
  text: string;
  created_at: number;
  /** The reply template the message started from (migration 16); null for typed or received messages. */
  template_id: string | null;
  /** Migration 17 (and the columns below): the name shown in the chat (buyer's nickname, the agent's name). */
  speaker: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why a pasted line was kept as it was (its time or speaker could not be read). */
  parse_note: ColumnType<string | null, string | null | undefined, string | null>;
  /** The entry this one corrects (the old one is kept, shown struck through). */
  supersedes_id: ColumnType<string | null, string | null | undefined, string | null>;
  correction_reason: ColumnType<string | null, string | null | undefined, string | null>;
  voided_at: ColumnType<number | null, number | null | undefined, number | null>;
  voided_by: ColumnType<string | null, string | null | undefined, string | null>;
  void_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Migration 16: owner-managed reply templates, grouped by situation; deactivated, never deleted. */
interface ReplyTemplatesTable {
  id: string;
  situation: ReplySituation;
  title_zh: string;
  title_en: string;
  body_zh: string;
  gloss_en: string;
  sort_order: number;
  active: Flag;
  created_at: number;
  updated_at: number;
}

/** Migration 16: the owner's "never say" list (blame, refusal without a reason, arguing). */
interface NeverSayPhrasesTable {
  id: string;
  phrase: string;
  kind: NeverSayKind;
  active: Flag;
  created_at: number;
  updated_at: number;
}

/** Migration 0014: one row per clock ever armed on a case (shared/domain/clocks.ts). */
interface CaseClocksTable {
  id: string;
  case_id: string;
  kind: ClockKind;
  due_at: number;
  armed_at: number;
  armed_by: string | null;
  armed_import_id: string | null;
  armed_reason: ClockArmReason;
  note: string | null;
  stopped_at: number | null;
  stopped_by: string | null;
  stopped_import_id: string | null;
  stopped_reason: ClockStopReason | null;
  follow_up_outcome: FollowUpOutcome | null;
  satisfaction: number | null;
  comment: string | null;
}

interface SettingsTable {
  key: string;
  value: string;
  updated_at: number;
}

interface AuditLogTable {
  seq: number;
  at: number;
  user_id: string | null;
  user_name: string | null;
  method: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
}

/** migrations/0015_desk_queue.ts: desktop alerts already raised (features/desk/desk-alerts.repository.ts). */
interface DeskAlertsSentTable {
  case_id: string;
  hours_before: number;
  /** The deadline the alert was counted from: a re-armed deadline alerts again. */
  deadline_at: number;
  sent_at: number;
}

/** migrations/0010_login_attempts.ts: the PIN lockout per user (features/auth/login-throttle.ts). */
interface LoginAttemptsTable {
  user_id: string;
  /** PIN verifications started since the last successful login or the end of the last lock. */
  attempts: number;
  /** Epoch ms until which guesses are refused; 0 when not locked. */
  locked_until: number;
  updated_at: number;
}

/** migrations/0004_import_presets.ts: the user's saved column mappings. */
interface ImportPresetsTable {
  id: string;
  name: string;
  kind: ImportKind;
  /** JSON: our field → source header. */
  mapping: string;
  created_by: string | null;
  created_at: number;
}

/** migrations/0006_scan_open_cases.ts: open cases by SKU for the scan station (features/scan/open-cases.ts). */
interface ScanOpenCasesTable {
  case_id: string;
  sku_id: string;
  requested_at: number;
}

/** migrations/0013_case_remedies.ts: remedies offered to the buyer (features/remedies). Voided, never deleted. */
interface CaseRemediesTable {
  id: string;
  case_id: string;
  kind: RemedyKind;
  amount_fen: number | null;
  coupon_threshold_fen: number | null;
  coupon_expires_at: number | null;
  note: string | null;
  offered_by: string | null;
  offered_at: number;
  answer: RemedyAnswer | null;
  answer_text: string | null;
  answered_by: string | null;
  answered_at: number | null;
  agreed_by: string | null;
  agreed_at: number | null;
  voided_by: string | null;
  voided_at: number | null;
  void_reason: string | null;
  created_at: number;
}

/** migrations/0013: money paid out on a case in any form (the compensation ledger). */
interface CaseCompensationTable {
  id: string;
  case_id: string;
  /** The agreed remedy that posted it; null for an entry made by hand. */
  remedy_id: string | null;
  kind: CompensationKind;
  amount_fen: number;
  paid_at: number;
  note: string | null;
  recorded_by: string | null;
  voided_by: string | null;
  voided_at: number | null;
  void_reason: string | null;
  created_at: number;
}

/** migrations/0013: the route an agent chose against the cheapest-remedy advice (JSON `costs` as shown). */
interface CaseRemedyAdviceTable {
  id: string;
  case_id: string;
  recommended_route: RemedyRoute | null;
  chosen_route: RemedyRoute;
  override_reason: string | null;
  costs: string;
  decided_by: string | null;
  decided_at: number;
}

/*
 * The dashboard's rollups (docs/METRICS.md, "How it stays fast"), kept by triggers and rebuilt by
 * features/analytics/rollups.ts. month is 'YYYY-MM' (China time); lot_key is '' for a line without a lot.
 */

/** migrations/0002: units sold per paid month × store × SKU × lot. */
interface RlSalesMonthlyTable {
  month: string;
  store_id: string;
  sku_id: string;
  lot_key: string;
  units: number;
}

/** What the latest completed return inspection of a case found: defects, or one of the finding categories. */
type CaseFinding = FindingCategory | 'defect';

/** migrations/0002: one row per counted case. */
interface RlCaseFactsTable {
  case_id: string;
  month: string;
  store_id: string;
  sku_id: string;
  lot_key: string;
  type: CaseType;
  reason: ReasonCategory;
  units: number;
  refund_fen: number;
  freight_fen: number;
  finding: CaseFinding;
  inspection_id: string | null;
  writeoff_units: number;
  requested_at: number;
  deadline_at: number | null;
  responded_at: number | null;
}

/** migrations/0002: the distinct defect types found on a counted case. */
interface RlCaseDefectsTable {
  case_id: string;
  defect_type_id: string;
}

/** migrations/0005: the facts summed by finding key ('' = the case itself, a finding, or a defect type id). */
interface RlCaseAggTable {
  finding_key: string;
  month: string;
  store_id: string;
  sku_id: string;
  lot_key: string;
  type: CaseType;
  reason: ReasonCategory;
  units: number;
  cases: number;
  refund_fen: number;
  freight_fen: number;
  writeoff_units: number;
}

/** migrations/0007: deadline performance by Monday-based week (China time). */
interface RlDeadlineAggTable {
  month: string;
  store_id: string;
  sku_id: string;
  lot_key: string;
  week: number;
  answered: number;
  in_time: number;
  open_cases: number;
}

/** migrations/0007: case-level sums without case type and reason. */
interface RlCaseCellsTable {
  month: string;
  store_id: string;
  sku_id: string;
  lot_key: string;
  cases: number;
  returned: number;
  rwr_units: number;
  rwr_fen: number;
  returned_money_fen: number;
  writeoff_units: number;
}

/** migrations/0007: returned units by finding key. */
interface RlFindingCellsTable {
  finding_key: string;
  month: string;
  store_id: string;
  sku_id: string;
  lot_key: string;
  units: number;
  cases: number;
  refund_fen: number;
  freight_fen: number;
  writeoff_units: number;
}

/** migrations/0018: platform interventions (at most one open per case). */
interface CaseInterventionsTable {
  id: string;
  case_id: string;
  opened_at: number;
  opened_by: string | null;
  evidence_due_at: number | null;
  evidence_clock_id: string | null;
  note: string | null;
  decision: PlatformDecision | null;
  decision_amount_fen: number | null;
  decided_at: number | null;
  decided_by: string | null;
  decision_note: string | null;
}

/** migrations/0018: every escalation move, never deleted. */
interface CaseEscalationStepsTable {
  id: string;
  case_id: string;
  action: EscalationAction;
  level_after: EscalationLevel;
  reason: EscalationReason | null;
  note: string | null;
  intervention_id: string | null;
  happened_at: number;
  recorded_at: number;
  recorded_by: string | null;
}

/** migrations/0018: where each escalated case stands now. */
interface CaseEscalationLevelsTable {
  case_id: string;
  level: EscalationLevel;
  since_at: number;
  step_id: string;
}

/** migrations/0018: one evidence submission to the platform. */
interface CaseEvidenceSubmissionsTable {
  id: string;
  intervention_id: string;
  submitted_at: number;
  note: string | null;
  recorded_at: number;
  recorded_by: string | null;
}

/** migrations/0018: one item of a submission: a free line, a case photo or a case message. */
interface CaseEvidenceItemsTable {
  submission_id: string;
  position: number;
  kind: 'text' | 'attachment' | 'message';
  text: string | null;
  attachment_id: string | null;
  communication_id: string | null;
}

/** A PDF evidence pack made for a case (migration 0019). */
interface EvidencePacksTable {
  id: string;
  case_id: string;
  file: string;
  sha256: string;
  size_bytes: number;
  language: 'zh-CN' | 'en-US';
  photos_full: number;
  photos_reduced: number;
  created_by: string;
  created_at: number;
}

/** migrations/0020_root_causes.ts: the owner's root-cause list (deactivated, never deleted). */
interface RootCausesTable {
  id: string;
  cause_group: CauseGroup;
  name_zh: string;
  name_en: string;
  sort_order: number;
  active: Flag;
  created_at: number;
  updated_at: number;
}

/** migrations/0020: a case's root cause; a later record replaces it (replaced_at set), the current one has none. */
interface CaseRootCausesTable {
  id: string;
  case_id: string;
  cause_id: string;
  note: string | null;
  recorded_by: string | null;
  recorded_at: number;
  replaced_by: string | null;
  replaced_at: number | null;
}

/** migrations/0020: corrective actions, open → done (outcome = what was done) or dropped (outcome = why). */
interface CorrectiveActionsTable {
  id: string;
  what: string;
  owner_id: string;
  due_at: number;
  case_id: string | null;
  cause_id: string | null;
  sku_id: string | null;
  supplier_id: string | null;
  lot_id: string | null;
  process: string | null;
  status: ActionStatus;
  outcome: string | null;
  closed_by: string | null;
  closed_at: number | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

/** migrations/0022: the owner's AQLs and level for a supplier (product_id '') or one of its products. */
interface AqlSettingsTable {
  supplier_id: string;
  product_id: string;
  level: string;
  aql_critical: number;
  aql_major: number;
  aql_minor: number;
  updated_at: number;
  updated_by: string;
}
/** migrations/0022: the AQL side of a lot inspection (plans frozen at start, verdict, disposition of a held lot). */
interface AqlLotInspectionsTable {
  inspection_id: string;
  lot_id: string;
  supplier_id: string;
  product_id: string;
  lot_size: number;
  level: string;
  severity: 'normal' | 'tightened' | 'reduced';
  code_letter: string;
  plans_json: string;
  units_inspected: Generated<number>;
  verdict: Generated<'open' | 'accept' | 'reject'>;
  score_points: number | null;
  disposition: 'return_to_supplier' | 'sort_100' | 'concession' | null;
  disposition_reason: string | null;
  disposition_by: string | null;
  disposition_at: number | null;
  started_at: number;
  completed_at: number | null;
}
/** migrations/0022: the owner's switching decisions per supplier/product. */
interface AqlSchemeActionsTable {
  id: string;
  supplier_id: string;
  product_id: string;
  action: 'approveReduced' | 'endReduced' | 'resume';
  reason: string;
  user_id: string;
  at: number;
}

export interface Database {
  users: UsersTable;
  stores: StoresTable;
  suppliers: SuppliersTable;
  products: ProductsTable;
  skus: SkusTable;
  lots: LotsTable;
  import_runs: ImportRunsTable;
  import_rejects: ImportRejectsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  after_sales_cases: AfterSalesCasesTable;
  defect_types: DefectTypesTable;
  reason_categories: ReasonCategoriesTable;
  inspections: InspectionsTable;
  inspection_defects: InspectionDefectsTable;
  unmatched_parcels: UnmatchedParcelsTable;
  attachments: AttachmentsTable;
  communications: CommunicationsTable;
  case_clocks: CaseClocksTable;
  reply_templates: ReplyTemplatesTable;
  never_say_phrases: NeverSayPhrasesTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptsTable;
  desk_alerts_sent: DeskAlertsSentTable;
  import_presets: ImportPresetsTable;
  scan_open_cases: ScanOpenCasesTable;
  case_remedies: CaseRemediesTable;
  case_compensation: CaseCompensationTable;
  case_remedy_advice: CaseRemedyAdviceTable;
  rl_sales_monthly: RlSalesMonthlyTable;
  rl_case_facts: RlCaseFactsTable;
  rl_case_defects: RlCaseDefectsTable;
  rl_case_agg: RlCaseAggTable;
  rl_deadline_agg: RlDeadlineAggTable;
  rl_case_cells: RlCaseCellsTable;
  rl_finding_cells: RlFindingCellsTable;
  case_interventions: CaseInterventionsTable;
  case_escalation_steps: CaseEscalationStepsTable;
  case_escalation_levels: CaseEscalationLevelsTable;
  case_evidence_submissions: CaseEvidenceSubmissionsTable;
  case_evidence_items: CaseEvidenceItemsTable;
  evidence_packs: EvidencePacksTable;
  root_causes: RootCausesTable;
  case_root_causes: CaseRootCausesTable;
  corrective_actions: CorrectiveActionsTable;
  aql_settings: AqlSettingsTable;
  aql_lot_inspections: AqlLotInspectionsTable;
  aql_scheme_actions: AqlSchemeActionsTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowPatch<T extends keyof Database> = Updateable<Database[T]>;

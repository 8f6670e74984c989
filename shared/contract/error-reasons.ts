/**
 * Why a call failed, as a stable key with named parameters: the page words it in the reader's language
 * (renderer/src/ui/error-text.ts), the English `message` beside it is for logs and developers. Each reason lists
 * its parameters once here; `AppError` only accepts a listed reason with exactly these parameters, and a test
 * checks that both locales word every reason with exactly them.
 *
 * Parameters are data the sentence needs (numbers, names, file names, field names, row numbers), never ids.
 */
export const errorReasons = {
  // Who is asking
  login_required: [],
  login_wrong_pin: [],
  login_locked: ['seconds'],
  role_forbidden: ['role'],
  inspector_no_reject_export: [],
  owner_exists: [],
  last_owner: [],
  user_not_found: [],

  // Input checked by the contract, or refused by a database rule
  invalid_input: ['field'],
  field_required: ['field'],
  field_wrong_type: ['field'],
  duplicate_record: ['field'],
  referenced_record_missing: [],
  value_out_of_range: [],

  // Cases, orders, catalog
  case_not_found: [],
  case_voided: [],
  case_already_voided: [],
  case_number_taken: ['caseNumber'],
  deadline_before_request: [],
  case_already_received: ['caseNumber', 'name'],
  order_not_found: ['orderNumber'],
  order_number_taken: ['orderNumber'],
  order_has_no_sku: ['skuCode'],
  order_line_unknown_sku: ['line', 'skuCode'],
  order_line_sku_twice: ['line'],
  assignee_not_active: [],
  // Service desk (issue 15, the queue)
  desk_claimed_by_other: ['caseNumber', 'name'],
  desk_assignee_not_desk: ['name'],
  clock_not_found: [],
  clock_due_in_past: [],
  clock_case_finished: [],
  clock_already_stopped: [],
  clock_not_a_task: [],
  evidence_without_intervention: [],
  follow_up_outcome_required: [],
  satisfaction_required: [],
  satisfaction_without_answer: [],
  sku_not_found: [],
  supplier_not_found: [],
  product_not_found: [],
  store_missing: [],
  communication_not_found: [],
  reply_template_not_found: [],
  reply_template_inactive: ['title'],
  reply_unfilled_placeholder: ['placeholder'],
  never_say_phrase_not_found: [],
  never_say_phrase_taken: ['phrase'],

  // Remedies, the compensation ledger, the remedy advice (features/remedies)
  remedy_not_found: [],
  remedy_voided: [],
  remedy_already_answered: [],
  remedy_declined_not_agreeable: [],
  remedy_already_agreed: [],
  remedy_answer_text_required: [],
  case_resolved_no_offers: [],
  offer_amount_negative: [],
  offer_amount_required: [],
  offer_coupon_value_required: [],
  offer_coupon_expired: [],
  offer_amount_not_for_kind: [],
  compensation_not_found: [],
  compensation_already_voided: [],
  advice_override_reason_required: [],

  // Inspections, defects, photos, parcels
  inspection_not_found: [],
  inspection_already_voided: [],
  receive_before_inspecting: ['caseNumber'],
  inspection_choices_missing: ['choices'],
  inspection_needs_evidence: [],
  defect_type_unknown: ['index'],
  defect_type_inactive: ['index'],
  defect_type_not_found: [],
  defect_code_taken: ['code'],
  defect_name_taken: ['name'],
  photo_owner_not_found: [],
  photo_not_found: [],
  photo_file_missing: [],
  photo_empty: [],
  photo_too_large: ['size', 'max'],
  photo_not_image: [],
  photo_type_mismatch: [],
  thumbnail_too_large: [],
  thumbnail_not_jpeg: [],
  parcel_not_found: [],
  parcel_already_linked: ['caseNumber'],

  // Imports and uploads (`file` is the file's own name)
  file_empty: ['file'],
  file_not_table: ['file'],
  file_bad_bytes: ['file', 'count', 'encoding'],
  file_xls_old: ['file'],
  file_xlsx_too_large: ['file', 'max', 'csvMax'],
  file_xlsx_unreadable: ['file'],
  file_too_large: ['max'],
  file_no_table: ['file'],
  file_header_missing_columns: ['file', 'row', 'columns'],
  file_header_duplicate_column: ['file', 'row', 'column', 'first', 'second'],
  file_header_without_rows: ['file', 'row'],
  file_not_local: [],
  file_not_readable: ['file'],
  file_copy_failed: [],
  upload_gone: [],
  upload_id_invalid: [],
  upload_name_missing: [],
  upload_hand_over: [],
  import_not_found: [],
  import_preset_not_found: [],
  import_preset_name_taken: ['name'],
  import_staging_gone: [],
  import_preview_cancelled: ['file'],
  import_commit_cancelled: [],
  import_not_previewed: [],
  import_layout_unmapped: [],
  import_in_progress: [],
  import_worker_failed: [],
  export_too_many_rows: ['max'],

  // Backups and the store
  backup_not_found: [],
  backup_damaged: [],
  backup_from_newer_app: [],
  backup_unreadable: [],
  backups_unavailable: [],
  backup_target_not_absolute: [],
  backup_target_missing: ['folder'],
  backup_target_not_writable: ['folder'],
  backup_target_inside_data: [],
  backup_copy_exists: ['folder'],
  backup_copy_failed: ['folder'],
  store_from_newer_app: [],
  store_busy: [],
  disk_full_read: [],
  disk_full_write: [],
  store_error_read: [],
  store_error_write: [],
  store_error: [],
  store_open_failed: [],

  // Incoming-lot inspection (AQL)
  aql_lot_not_found: ['lotCode'],
  aql_lot_no_supplier: ['lotCode'],
  aql_lot_too_small: ['lotCode'],
  aql_inspection_not_found: [],
  aql_lot_already_inspected: ['lotCode'],
  aql_scheme_discontinued: ['supplier'],
  aql_unit_out_of_order: ['expected'],
  aql_sample_complete: ['sampleSize'],
  aql_defect_type_unknown: [],
  aql_not_draft: [],
  aql_verdict_open: ['remaining'],
  aql_not_rejected: [],
  aql_already_disposed: [],
  aql_no_units: [],
  aql_scheme_action_refused: [],
  aql_product_not_of_supplier: [],

  // The service and its transports
  service_not_answering: [],
  backend_starting: [],
  backend_stopped: [],
  request_refused: [],
  request_malformed: [],
  request_too_large: ['max'],
  unknown_method: [],
  page_not_found: [],
  internal_error: [],
} as const satisfies Record<string, readonly string[]>;

export type ErrorReason = keyof typeof errorReasons;
export const errorReasonKeys = Object.keys(errorReasons) as ErrorReason[];

/** A parameter's value: a number, a piece of text, or a list (of fields, of columns). */
export type ErrorParamValue = string | number | readonly string[];
export type ErrorParams = Readonly<Record<string, ErrorParamValue>>;

/** Exactly the parameters a reason lists (an object literal with another key, or without one, is a type error). */
export type ReasonParams<R extends ErrorReason> = (typeof errorReasons)[R] extends readonly []
  ? Record<string, never>
  : { readonly [K in (typeof errorReasons)[R][number]]: ErrorParamValue };

export const isErrorReason = (value: unknown): value is ErrorReason => typeof value === 'string' && Object.hasOwn(errorReasons, value);

import type { TFunction } from 'i18next';
import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import { domainLabels, type DomainLabels } from '../../../../shared/domain/labels';
import { formatFen, formatNumber, formatTime } from '../../i18n/format';

/**
 * An audit entry as a sentence in the reader's language: "王芳 修改了售后单：将状态从 待商家处理 改为 已回复".
 * Codes become their labels (the same words as every screen, shared/domain/labels.ts), times dates, fen yuan,
 * user ids names. Ids, nested JSON and fields without words are left out: the log is read by people.
 */

type Value = unknown;
type Words = (value: Value) => string | null;

const labelOf =
  (language: string, concept: keyof DomainLabels): Words =>
  (value) =>
    typeof value === 'string'
      ? ((domainLabels[language === 'en-US' ? 'en-US' : 'zh-CN'][concept] as Record<string, string>)[value] ?? null)
      : null;

const fromNamespace =
  (t: TFunction, prefix: string): Words =>
  (value) =>
    typeof value === 'string' ? t(`${prefix}.${value}`, { defaultValue: '' }) || null : null;

export interface AuditContext {
  t: TFunction;
  language: string;
  /** Names of the users the reader may see, for `assigneeId`; another id reads "another user". */
  userNames?: ReadonlyMap<string, string>;
}

/** How each field's value is worded; a field not listed here is worded by its type (text, number, yes/no). */
const fieldWords = (entity: string, { t, language, userNames }: AuditContext): Record<string, Words> => ({
  status: labelOf(language, entity === 'inspection' ? 'inspectionState' : 'caseStatus'),
  state: labelOf(language, 'inspectionState'),
  type: labelOf(language, 'caseType'),
  kind: entity === 'never_say_phrase' ? fromNamespace(t, 'templates:kind') : labelOf(language, 'inspectionKind'),
  situation: fromNamespace(t, 'templates:situation'),
  reasonCategory: labelOf(language, 'reason'),
  grade: labelOf(language, 'grade'),
  disposition: labelOf(language, 'disposition'),
  claimMatch: labelOf(language, 'claimMatch'),
  fault: labelOf(language, 'fault'),
  suggestedOutcome: labelOf(language, 'outcome'),
  packageCondition: labelOf(language, 'condition'),
  condition: labelOf(language, 'condition'),
  defaultClass: labelOf(language, 'defectClass'),
  direction: fromNamespace(t, 'cases:direction'),
  channel: fromNamespace(t, 'cases:channel'),
  role: fromNamespace(t, 'common:role'),
  locale: fromNamespace(t, 'common:language'),
  category: fromNamespace(t, 'taxonomy:category'),
  returnException: fromNamespace(t, 'law:exception'),
  freightPayer: fromNamespace(t, 'law:verdict.payerOption'),
  clockKind: fromNamespace(t, 'clocks:kind'),
  stoppedReason: fromNamespace(t, 'clocks:stopped'),
  escalationLevel: fromNamespace(t, 'escalation:level'),
  escalationReason: fromNamespace(t, 'escalation:reason'),
  decision: fromNamespace(t, 'escalation:decision'),
  assigneeId: (v) => (typeof v === 'string' ? (userNames?.get(v) ?? t('audit:anotherUser')) : null),
  responseHours: (v) => (typeof v === 'number' ? t('audit:hours', { count: v }) : null),
  refundHours: (v) => (typeof v === 'number' ? t('audit:hours', { count: v }) : null),
  noReasonWindowDays: (v) => (typeof v === 'number' ? t('audit:days', { count: v }) : null),
});

const isEmpty = (v: Value) => v === null || v === undefined || v === '';

const wordValue = (key: string, value: Value, words: Record<string, Words>, { t, language }: AuditContext): string | null => {
  const special = words[key];
  if (special) return special(value);
  if (typeof value === 'boolean') return value ? t('audit:yes') : t('audit:no');
  if (typeof value === 'number' && key.endsWith('At')) return formatTime(value);
  if (typeof value === 'number' && key.endsWith('Fen')) return formatFen(value, language);
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'string') return value;
  return null; // nested records and lists: ids and JSON that mean nothing to a reader
};

const record = (v: Value): Record<string, Value> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Value>) : {});

/** "将状态从 待商家处理 改为 已回复", one clause per field that has words, in the order the backend wrote them. */
export const auditChanges = (entry: AuditEntryView, context: AuditContext): string[] => {
  const { t } = context;
  const before = record(entry.before);
  const after = record(entry.after);
  const words = fieldWords(entry.entity, context);
  const clauses: string[] = [];
  for (const key of Object.keys(after)) {
    const field = t(`audit:field.${key}`, { defaultValue: '' });
    if (!field || JSON.stringify(after[key]) === JSON.stringify(before[key])) continue;
    const was = key in before && !isEmpty(before[key]) ? wordValue(key, before[key], words, context) : null;
    const now = isEmpty(after[key]) ? null : wordValue(key, after[key], words, context);
    if (was !== null && now !== null) clauses.push(t('audit:changed', { field, before: was, after: now }));
    else if (was !== null) clauses.push(t('audit:cleared', { field }));
    else if (now !== null) clauses.push(key in before ? t('audit:set', { field, after: now }) : t('audit:value', { field, value: now }));
  }
  return clauses;
};

/** The record an entry is about, by the name a person knows it by (never its id). */
const subjectOf = (entry: AuditEntryView): string | null => {
  const both = { ...record(entry.before), ...record(entry.after) };
  for (const key of ['caseNumber', 'orderNumber', 'code', 'name', 'fileName']) {
    const value = both[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
};

/** "做了什么": the action's words, with the record's number or name when the entry carries it. */
export const auditAction = (entry: AuditEntryView, { t, language }: AuditContext): string => {
  const entity = t(`audit:entity.${entry.entity}`, { defaultValue: '' }) || t('audit:entity.other');
  const subject = subjectOf(entry);
  // An action may place the record inside its words ("将售后单 {{subject}} 标记为已回复"); else it follows them.
  const what =
    t(`audit:action.${entry.entity}.${entry.action}`, { subject: subjectMark, defaultValue: '' }) || t('audit:action.other', { entity });
  if (what.includes(subjectMark))
    return subject ? what.replace(subjectMark, subject) : what.replace(/ ?\u0000 ?/, language === 'en-US' ? ' ' : '');
  return subject ? t('audit:subject', { what, subject }) : what;
};
const subjectMark = '\u0000';

/** The whole sentence: who, what, and what changed. */
export const auditSentence = (entry: AuditEntryView, context: AuditContext): string => {
  const { t } = context;
  const sentence = t('audit:sentence', { who: entry.userName ?? t('audit:someone'), what: auditAction(entry, context) });
  const changes = auditChanges(entry, context);
  return changes.length ? t('audit:withChanges', { sentence, changes: changes.join(t('audit:changesJoin')) }) : sentence;
};

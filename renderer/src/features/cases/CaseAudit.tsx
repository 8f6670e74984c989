import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import { formatTime } from '../../i18n/format';

/** Keys that identify rather than describe: not worth a reviewer's attention. */
const hiddenKeys = new Set(['id', 'caseId', 'orderId', 'by']);

export interface FieldChange {
  key: string;
  before?: unknown;
  after: unknown;
  changed: boolean;
}

/** The fields that changed (or, for a creation, were set), so a reviewer sees the change at a glance. */
export const changedFields = (before: unknown, after: unknown): FieldChange[] => {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  return Object.keys(a)
    .filter((key) => !hiddenKeys.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .slice(0, 8)
    .map((key) => ({ key, before: b[key], after: a[key], changed: key in b }));
};

/** Who did what to this case, its inspections and messages: the append-only log, oldest first. */
export const CaseAudit = ({ entries }: { entries: AuditEntryView[] }) => {
  const { t } = useTranslation('cases');
  const label = (key: string) => t(`auditField.${key}`, { defaultValue: key });
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'number' && /At$/.test(key)) return formatTime(value);
    if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
    if (typeof value === 'string' && i18nKeyFor(key)) return t(`${i18nKeyFor(key)}.${value}`, { defaultValue: value });
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };
  return (
    <Card size="small" title={t('detail.audit')} className="block-gap" data-testid="case-audit">
      <Table<AuditEntryView>
        size="small"
        rowKey="seq"
        pagination={false}
        dataSource={entries}
        onRow={() => ({ 'data-testid': 'case-audit-row' }) as object}
        columns={[
          { title: '', key: 'at', width: 140, render: (_, e) => formatTime(e.at) },
          { title: '', key: 'user', width: 110, render: (_, e) => <span className="audit-user">{e.userName ?? '—'}</span> },
          {
            title: '',
            key: 'action',
            width: 150,
            render: (_, e) => `${t(`auditAction.${e.action}`, { defaultValue: e.action })}${e.entity !== 'case' ? ` · ${t(`auditEntity.${e.entity}`, { defaultValue: e.entity })}` : ''}`,
          },
          {
            title: '',
            key: 'change',
            render: (_, e) => (
              <Typography.Text type="secondary" className="small audit-change">
                {changedFields(e.before, e.after)
                  .map((c) => (c.changed ? `${label(c.key)}: ${show(c.key, c.before)} → ${show(c.key, c.after)}` : `${label(c.key)}: ${show(c.key, c.after)}`))
                  .join('；')}
              </Typography.Text>
            ),
          },
        ]}
        showHeader={false}
      />
    </Card>
  );
};

/** Enum-valued fields are shown with their label from this namespace. */
const enumNamespaces: Record<string, string> = {
  status: 'status',
  type: 'type',
  reasonCategory: 'reason',
  direction: 'direction',
  channel: 'channel',
  grade: 'grade',
  disposition: 'disposition',
  claimMatch: 'claimMatch',
  fault: 'fault',
  suggestedOutcome: 'outcome',
};
const i18nKeyFor = (key: string): string | undefined => enumNamespaces[key];

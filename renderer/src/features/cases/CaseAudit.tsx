import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import { formatTime } from '../../i18n/format';

/** "status: pending_merchant → succeeded": only the fields that changed, so a reviewer sees the change at a glance. */
export const changedFields = (before: unknown, after: unknown): string[] => {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return Object.keys(a)
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .slice(0, 8)
    .map((key) => (key in b ? `${key}: ${show(b[key])} → ${show(a[key])}` : `${key}: ${show(a[key])}`));
};

/** Who did what to this case, its inspections and messages: the append-only log, oldest first. */
export const CaseAudit = ({ entries }: { entries: AuditEntryView[] }) => {
  const { t } = useTranslation('cases');
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
            render: (_, e) => `${t(`auditAction.${e.action}`, { defaultValue: e.action })}${e.entity !== 'case' ? ` · ${e.entity}` : ''}`,
          },
          {
            title: '',
            key: 'change',
            render: (_, e) => (
              <Typography.Text type="secondary" className="small audit-change">
                {changedFields(e.before, e.after).join('; ')}
              </Typography.Text>
            ),
          },
        ]}
        showHeader={false}
      />
    </Card>
  );
};

import { Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import { useCall } from '../../api/useCall';
import { formatTime } from '../../i18n/format';
import { changedFields } from '../cases/CaseAudit';

const pageSize = 50;
const entities = ['case', 'communication', 'inspection', 'order', 'sku', 'settings', 'user', 'backup', 'defect_type', 'attachment', 'import', 'unmatched_parcel'];

const plain = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** Only what changed: "responseHours: 48 → 24"; a creation lists what was set. */
const describeChange = (before: unknown, after: unknown): string =>
  changedFields(before, after)
    .map((c) => (c.changed ? `${c.key}: ${plain(c.before)} → ${plain(c.after)}` : `${c.key}: ${plain(c.after)}`))
    .join('; ');

/** Owner only: the append-only log of every write, by record type and user, newest first. */
export const AuditTab = () => {
  const { t } = useTranslation('settings');
  const [entity, setEntity] = useState<string>();
  const [userId, setUserId] = useState<string>();
  const [page, setPage] = useState(1);
  const users = useCall('users.list', {});
  const log = useCall('audit.list', { entity, userId, limit: pageSize, offset: (page - 1) * pageSize });

  return (
    <Space direction="vertical" size={16} className="full-width">
      <Space wrap>
        <Select
          allowClear
          className="audit-filter"
          placeholder={t('audit.entity')}
          value={entity}
          onChange={(v?: string) => {
            setEntity(v);
            setPage(1);
          }}
          options={entities.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))}
        />
        <Select
          allowClear
          className="audit-filter"
          placeholder={t('audit.user')}
          value={userId}
          onChange={(v?: string) => {
            setUserId(v);
            setPage(1);
          }}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Space>
      <Table<AuditEntryView>
        rowKey="seq"
        size="small"
        loading={log.loading}
        dataSource={log.data?.rows ?? []}
        pagination={{ current: page, pageSize, total: log.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        onRow={() => ({ 'data-testid': 'audit-row' }) as object}
        columns={[
          { title: t('audit.at'), key: 'at', width: 150, render: (_, e) => formatTime(e.at) },
          { title: t('audit.user'), key: 'user', width: 110, render: (_, e) => e.userName ?? '—' },
          { title: t('audit.entity'), key: 'entity', width: 110, render: (_, e) => t(`audit.entities.${e.entity}`, { defaultValue: e.entity }) },
          { title: t('audit.action'), key: 'action', width: 150, render: (_, e) => <Typography.Text code>{e.action}</Typography.Text> },
          {
            title: t('audit.change'),
            key: 'change',
            render: (_, e) => (
              <Typography.Text type="secondary" className="audit-json">
                {describeChange(e.before, e.after)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Space>
  );
};

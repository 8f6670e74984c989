import { Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import { useCall } from '../../api/useCall';
import { formatTime } from '../../i18n/format';
import { auditAction, auditChanges } from '../audit/audit-text';

const pageSize = 50;
const entities = [
  'case',
  'communication',
  'inspection',
  'order',
  'sku',
  'settings',
  'user',
  'backup',
  'defect_type',
  'attachment',
  'import',
  'unmatched_parcel',
];

/** Owner only: the append-only log of every write, by record type and user, newest first, worded as sentences. */
export const AuditTab = () => {
  const { t, i18n } = useTranslation('settings');
  const [entity, setEntity] = useState<string>();
  const [userId, setUserId] = useState<string>();
  const [page, setPage] = useState(1);
  const users = useCall('users.list', {});
  const log = useCall('audit.list', { entity, userId, limit: pageSize, offset: (page - 1) * pageSize });
  const userNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);
  const context = { t, language: i18n.language, userNames };

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
          options={entities.map((e) => ({ value: e, label: t(`audit:entity.${e}`) }))}
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
          { title: t('audit.user'), key: 'user', width: 110, render: (_, e) => e.userName ?? t('audit:someone') },
          {
            title: t('audit.entity'),
            key: 'entity',
            width: 110,
            render: (_, e) => t(`audit:entity.${e.entity}`, { defaultValue: '' }) || t('audit:entity.other'),
          },
          { title: t('audit.action'), key: 'action', width: 220, render: (_, e) => auditAction(e, context) },
          {
            title: t('audit.change'),
            key: 'change',
            render: (_, e) => <span className="audit-change">{auditChanges(e, context).join(t('audit:changesJoin'))}</span>,
          },
        ]}
      />
    </Space>
  );
};

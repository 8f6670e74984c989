import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRun } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { formatNumber, formatTime } from '../../i18n/format';
import { downloadBase64 } from '../export/download';
import { useErrorText } from '../../ui/error-text';

const stateColor: Record<ImportRun['state'], string> = {
  previewing: 'blue',
  committing: 'processing',
  committed: 'green',
  cancelled: 'default',
  failed: 'red',
};

/** The run's main record: orders for an order export, cases for an after-sales export. */
const mainCounts = (run: ImportRun) => {
  const c = run.counts?.[run.kind === 'aftersales' ? 'cases' : 'orders'];
  return c ? [c.new, c.updated, c.unchanged] : null;
};

export const ImportHistory = ({ refreshKey, onError }: { refreshKey: number; onError: (e: unknown) => void }) => {
  const { t, i18n } = useTranslation('imports');
  const history = useCall('imports.history', { limit: 100 });
  const { reload } = history;
  useEffect(() => reload(), [refreshKey, reload]);
  const locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  const errorText = useErrorText();

  return (
    <Card title={t('history.title')} size="small" data-testid="import-history">
      {/* A history that failed to load must not pass for an empty one. */}
      {history.error && (
        <Alert type="error" showIcon title={errorText(history.error)} style={{ marginBottom: 12 }} data-testid="import-history-error" />
      )}
      <Table
        size="small"
        rowKey="id"
        loading={history.loading}
        dataSource={history.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: history.error ? '—' : t('history.empty') }}
        columns={[
          { title: t('history.time'), dataIndex: 'startedAt', width: 150, render: (ms: number) => formatTime(ms) },
          { title: t('history.file'), dataIndex: 'fileName', ellipsis: true },
          { title: t('history.kind'), dataIndex: 'kind', width: 90, render: (k: string) => t(`kind.${k}`, { defaultValue: '—' }) },
          {
            title: t('history.state'),
            dataIndex: 'state',
            width: 130,
            render: (s: ImportRun['state'], run) =>
              run.error === 'unknown_layout' ? (
                <Tag color="orange">{t('state.unknown_layout')}</Tag>
              ) : (
                <Tag color={stateColor[s]}>{t(`state.${s}`)}</Tag>
              ),
          },
          {
            title: t('history.counts'),
            key: 'counts',
            width: 210,
            render: (_: unknown, run) => {
              const c = mainCounts(run);
              return c ? c.map((v) => formatNumber(v, i18n.language)).join(' / ') : <Typography.Text type="secondary">—</Typography.Text>;
            },
          },
          {
            title: t('history.rejected'),
            dataIndex: 'rejectedCount',
            width: 80,
            align: 'right',
            render: (v: number) => (v ? <Typography.Text type="danger">{formatNumber(v, i18n.language)}</Typography.Text> : '0'),
          },
          { title: t('history.user'), dataIndex: 'userName', width: 100 },
          {
            key: 'download',
            width: 60,
            render: (_: unknown, run) =>
              run.rejectedCount > 0 ? (
                <Button
                  size="small"
                  type="text"
                  icon={<DownloadOutlined />}
                  title={t('history.download')}
                  aria-label={t('history.download')}
                  onClick={() => call('imports.rejects', { importId: run.id, locale }).then(downloadBase64, onError)}
                />
              ) : null,
          },
        ]}
      />
    </Card>
  );
};

import { Alert, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/imports.contract';
import { importEntities, presetDisplayName, type ImportEntity } from '../../../../shared/domain/import-presets';
import { formatNumber } from '../../i18n/format';

const entitiesFor = (kind: ImportPreview['kind']): readonly ImportEntity[] =>
  kind === 'aftersales' ? ['cases'] : importEntities.filter((e) => e !== 'cases');

export const PreviewPanel = ({
  preview,
  busy,
  onCommit,
  onDiscard,
}: {
  preview: ImportPreview;
  busy: boolean;
  onCommit: () => void;
  onDiscard: () => void;
}) => {
  const { t, i18n } = useTranslation('imports');
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="import-preview">
      <Card title={t('summary.title')} size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('summary.file')}>{preview.fileName}</Descriptions.Item>
          <Descriptions.Item label={t('summary.kind')}>{preview.kind ? t(`kind.${preview.kind}`) : t('summary.unknown')}</Descriptions.Item>
          <Descriptions.Item label={t('summary.preset')}>
            {preview.preset ? presetDisplayName(preview.preset, i18n.language) : t('summary.unknown')}
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.encoding')}>{preview.encoding.toUpperCase()}</Descriptions.Item>
          <Descriptions.Item label={t('summary.delimiter')}>
            {t(`delimiter.${preview.delimiter}`, { defaultValue: preview.delimiter })}
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.headerRow')}>{preview.headerRow}</Descriptions.Item>
          <Descriptions.Item label={t('summary.rows')}>{n(preview.dataRows)}</Descriptions.Item>
          <Descriptions.Item label={t('summary.skipped')}>{n(preview.skippedRows)}</Descriptions.Item>
          <Descriptions.Item label={t('summary.duplicates')}>{n(preview.duplicateRows)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('counts.title')} size="small">
        <Table
          size="small"
          pagination={false}
          rowKey="entity"
          data-testid="import-counts"
          dataSource={entitiesFor(preview.kind).map((entity) => ({ entity, ...preview.counts[entity] }))}
          columns={[
            { title: t('counts.entity'), dataIndex: 'entity', render: (e: ImportEntity) => t(`entity.${e}`) },
            {
              title: t('counts.new'),
              dataIndex: 'new',
              align: 'right',
              render: (v: number) => <Typography.Text type={v ? 'success' : 'secondary'}>{n(v)}</Typography.Text>,
            },
            {
              title: t('counts.updated'),
              dataIndex: 'updated',
              align: 'right',
              render: (v: number) => <Typography.Text type={v ? 'warning' : 'secondary'}>{n(v)}</Typography.Text>,
            },
            {
              title: t('counts.unchanged'),
              dataIndex: 'unchanged',
              align: 'right',
              render: (v: number) => <Typography.Text type="secondary">{n(v)}</Typography.Text>,
            },
            {
              title: t('counts.rejected'),
              dataIndex: 'rejected',
              align: 'right',
              render: (v: number) => <Typography.Text type={v ? 'danger' : 'secondary'}>{n(v)}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <Card title={t('rejects.title', { count: preview.rejectedRows })} size="small">
        {preview.rejects.length === 0 ? (
          <Typography.Text type="secondary">{t('rejects.none')}</Typography.Text>
        ) : (
          <>
            {preview.rejectedRows > preview.rejects.length && (
              <Alert type="info" showIcon title={t('rejects.more', { shown: preview.rejects.length })} style={{ marginBottom: 8 }} />
            )}
            <Table
              size="small"
              rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.reason}`}
              data-testid="import-rejects"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={preview.rejects}
              columns={[
                { title: t('rejects.row'), dataIndex: 'row', width: 80 },
                { title: t('rejects.column'), dataIndex: 'column', width: 180 },
                { title: t('rejects.value'), dataIndex: 'value', ellipsis: true },
                { title: t('rejects.reason'), dataIndex: 'reason', render: (code: string) => t(`reason.${code}`, { defaultValue: code }) },
              ]}
            />
          </>
        )}
      </Card>
      <Space>
        <Button type="primary" size="large" loading={busy} onClick={onCommit} data-testid="import-commit">
          {t('actions.commit')}
        </Button>
        <Button size="large" disabled={busy} onClick={onDiscard} data-testid="import-discard">
          {t('actions.cancel')}
        </Button>
      </Space>
    </Space>
  );
};

import { App, Button, Drawer, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter, DrillCase, DrillTarget } from '../../../../shared/contract/analytics.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { formatFen, formatTime } from '../../i18n/format';
import { CaseDetailDrawer } from '../cases/CaseDetailDrawer';
import { downloadBase64 } from '../export/download';
import type { SeriesInfo } from './series';
import { useErrorText } from '../../ui/error-text';

export interface DrillRequest {
  target: DrillTarget;
  what: string;
}

/** The cases behind a bar or cell, with CSV/XLSX export of the whole list. */
export const DrillDrawer = ({
  filter,
  drill,
  series,
  onClose,
}: {
  filter: AnalyticsFilter;
  drill: DrillRequest | null;
  series: SeriesInfo;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation('analytics');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const lang = i18n.language;
  const [busy, setBusy] = useState(false);
  /** The case a row opened: its drawer opens over the list, so closing it comes back to the same drill-down. */
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);
  const result = useCall('analytics.drill', drill ? { filter, target: drill.target } : null);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    if (!drill) return;
    setBusy(true);
    try {
      downloadBase64(
        await call('analytics.exportDrill', { filter, target: drill.target, format, locale: lang === 'en-US' ? 'en-US' : 'zh-CN' }),
      );
    } catch (error) {
      void message.error(t('export.failed', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };
  const data = result.data;
  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      width={1040}
      title={drill ? t('drill.title', { what: drill.what }) : ''}
      destroyOnHidden
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void exportAs('csv')} data-testid="drill-export-csv">
            CSV
          </Button>
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void exportAs('xlsx')}>
            XLSX
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" data-testid="drill-total">
        {data ? t('drill.total', { count: data.total }) : ''}
        {data && data.total > data.cases.length ? ` · ${t('drill.shown', { shown: data.cases.length })}` : ''}
      </Typography.Paragraph>
      <Table<DrillCase>
        size="small"
        rowKey="id"
        loading={result.loading}
        dataSource={data?.cases ?? []}
        data-testid="drill-table"
        pagination={{ pageSize: 20, size: 'small', showSizeChanger: false }}
        scroll={{ x: 980 }}
        onRow={(row) => ({ onClick: () => setOpenCaseId(row.id), className: 'drill-row' })}
        columns={[
          { key: 'caseNumber', title: t('drill.caseNumber'), dataIndex: 'caseNumber', width: 150 },
          { key: 'orderNumber', title: t('drill.orderNumber'), dataIndex: 'orderNumber', width: 170 },
          { key: 'type', title: t('drill.type'), render: (_v, r) => t(`caseType.${r.type}`) },
          { key: 'reason', title: t('drill.reason'), render: (_v, r) => t(`reason.${r.reason}`) },
          { key: 'sku', title: t('drill.sku'), dataIndex: 'skuCode' },
          { key: 'units', title: t('drill.units'), dataIndex: 'units', align: 'right' },
          { key: 'refund', title: t('drill.refund'), align: 'right', render: (_v, r) => formatFen(r.refundFen, lang) },
          { key: 'paidMonth', title: t('drill.paidMonth'), dataIndex: 'paidMonth' },
          { key: 'requestedAt', title: t('drill.requestedAt'), render: (_v, r) => formatTime(r.requestedAt) },
          {
            key: 'finding',
            title: t('drill.finding'),
            render: (_v, r) =>
              r.finding.split(',').map((k) => (
                <Tag key={k} color={series.color(k)} style={{ marginBottom: 2 }}>
                  {series.label(k)}
                </Tag>
              )),
          },
        ]}
      />
      {openCaseId && <CaseDetailDrawer caseId={openCaseId} onClose={() => setOpenCaseId(null)} onChanged={result.reload} />}
    </Drawer>
  );
};

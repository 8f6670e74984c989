import { DownloadOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Popover, Segmented, Space, Table, Typography } from 'antd';
import { useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64 } from '../export/download';
import { ChartCaption } from './chart-caption';
import { chartToPng, downloadBlob, type LegendItem } from './export-png';
import { useErrorText } from '../../ui/error-text';

export interface TableColumn<R> {
  key: string;
  title: string;
  /** What the table shows and the CSV/XLSX holds: numbers stay numbers. */
  value: (row: R) => string | number;
  align?: 'left' | 'right';
}

export interface ChartCardProps<R> {
  id: string;
  title: string;
  subtitle: string;
  help: string;
  chart: ReactNode;
  rows: R[];
  columns: TableColumn<R>[];
  legend: LegendItem[];
  /** Controls above the chart (dimension switch, minimum volume): they change what the chart asks for. */
  controls?: ReactNode;
  onRowClick?: (row: R) => void;
  empty?: boolean;
}

/** A dashboard card: title with definition, chart ⇄ table, and PNG / CSV / XLSX export of the same numbers. */
export const ChartCard = <R,>(p: ChartCardProps<R>) => {
  const { t } = useTranslation('analytics');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const chartRef = useRef<HTMLDivElement>(null);
  const caption = useContext(ChartCaption);

  const exportAs = async (format: 'png' | 'csv' | 'xlsx') => {
    try {
      if (format === 'png') {
        if (!chartRef.current) throw new Error('No chart');
        downloadBlob(
          await chartToPng(chartRef.current, { title: p.title, subtitle: p.subtitle, caption, legend: p.legend }),
          `${p.title}.png`,
        );
      } else {
        const file = await call('analytics.exportTable', {
          name: p.title,
          format,
          columns: p.columns.map((c) => ({ key: c.key, header: c.title })),
          rows: p.rows.map((r) => Object.fromEntries(p.columns.map((c) => [c.key, c.value(r)]))),
        });
        downloadBase64(file);
      }
      void message.success(t('export.done', { name: p.title }));
    } catch (error) {
      void message.error(t('export.failed', { message: errorText(error) }));
    }
  };

  const title = (
    <Space size={6} align="baseline">
      <span>{p.title}</span>
      <Popover
        title={t('help.title')}
        content={
          <div style={{ maxWidth: 380 }}>
            <Typography.Paragraph style={{ marginBottom: 4 }}>{p.help}</Typography.Paragraph>
            <Typography.Text type="secondary">{t('help.drill')}</Typography.Text>
          </div>
        }
      >
        <QuestionCircleOutlined className="quality-help" data-testid={`help-${p.id}`} aria-label={t('help.title')} />
      </Popover>
      <Typography.Text type="secondary" className="quality-card-sub">
        {p.subtitle}
      </Typography.Text>
    </Space>
  );

  return (
    <Card
      className="quality-card"
      data-testid={`chart-${p.id}`}
      data-export-caption={caption}
      title={title}
      extra={
        <Space size={8}>
          <Segmented
            size="small"
            value={view}
            onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
            options={[
              { label: t('view.chart'), value: 'chart' },
              { label: t('view.table'), value: 'table' },
            ]}
          />
          {/* Opened by a click (or Enter), not hover: works by keyboard and touch, and never opens while scrolling past. */}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'png', label: t('export.png'), disabled: view !== 'chart' },
                { key: 'csv', label: t('export.csv') },
                { key: 'xlsx', label: t('export.xlsx') },
              ],
              onClick: ({ key }) => void exportAs(key === 'png' ? 'png' : key === 'xlsx' ? 'xlsx' : 'csv'),
            }}
          >
            <Button size="small" icon={<DownloadOutlined />} aria-label={t('export.csv')} data-testid={`export-${p.id}`} />
          </Dropdown>
        </Space>
      }
    >
      {p.controls && <div className="quality-card-controls">{p.controls}</div>}
      {view === 'chart' ? (
        <div ref={chartRef} className="quality-chart">
          {p.chart}
        </div>
      ) : (
        <Table<R>
          size="small"
          pagination={p.rows.length > 12 ? { pageSize: 12, size: 'small' } : false}
          rowKey={(r) => p.columns.map((c) => String(c.value(r))).join('|')}
          dataSource={p.rows}
          onRow={(r) => ({ onClick: () => p.onRowClick?.(r), style: p.onRowClick ? { cursor: 'pointer' } : undefined })}
          columns={p.columns.map((c) => ({ key: c.key, title: c.title, align: c.align, render: (_v: unknown, r: R) => c.value(r) }))}
        />
      )}
    </Card>
  );
};

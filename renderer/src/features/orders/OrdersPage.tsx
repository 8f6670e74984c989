import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrderListRow, OrdersFilter } from '../../../../shared/contract/orders.contract';
import { chinaOffsetMs } from '../../../../shared/domain/time';
import { useCall } from '../../api/useCall';
import { formatFen, formatTime } from '../../i18n/format';
import { EmptyArea } from '../../ui/EmptyArea';
import { useErrorText } from '../../ui/error-text';
import { ExportButton } from '../export/ExportButton';
import './orders.css';

const pageSize = 50;
const dayMs = 86_400_000;

/** The picked calendar day's midnight in China time (the shop's day), whatever zone this PC is set to. */
const chinaMidnight = (day: Dayjs): number => Date.UTC(day.year(), day.month(), day.date()) - chinaOffsetMs;

/** Orders as the imports left them: search, store and paid-date filters, pages, and the same filter in the export. */
export const OrdersPage = () => {
  const { t, i18n } = useTranslation('orders');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [storeId, setStoreId] = useState<string>();
  const [days, setDays] = useState<[Dayjs, Dayjs] | null>(null);
  const [page, setPage] = useState(1);
  const filter = useMemo<OrdersFilter>(
    () => ({
      q: q || undefined,
      storeId,
      from: days ? chinaMidnight(days[0]) : undefined,
      to: days ? chinaMidnight(days[1]) + dayMs : undefined,
    }),
    [q, storeId, days],
  );
  const list = useCall('orders.list', { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  const data = list.data;
  const filtered = Boolean(filter.q || filter.storeId || filter.from !== undefined);
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  // Widths fit a 1366 px screen without sideways scrolling; the export carries every column (merchant received too).
  const columns: ColumnsType<OrderListRow> = [
    {
      key: 'orderNumber',
      title: t('col.orderNumber'),
      width: 215,
      render: (_v, r) => (
        <Typography.Text copyable className="mono nowrap">
          {r.orderNumber}
        </Typography.Text>
      ),
    },
    { key: 'store', title: t('col.store'), dataIndex: 'storeName', width: 100, ellipsis: true },
    { key: 'status', title: t('col.status'), width: 130, render: (_v, r) => <Tag>{t(`status.${r.status}`)}</Tag> },
    { key: 'paidAt', title: t('col.paidAt'), width: 140, render: (_v, r) => formatTime(r.paidAt) },
    { key: 'items', title: t('col.items'), ellipsis: true, render: (_v, r) => `${r.skuCodes || '—'} × ${r.units}` },
    { key: 'paid', title: t('col.paid'), width: 100, align: 'right', render: (_v, r) => formatFen(r.buyerPaidFen, i18n.language) },
    {
      key: 'tracking',
      title: t('col.tracking'),
      width: 170,
      ellipsis: true,
      render: (_v, r) => [r.courier, r.trackingNumber].filter(Boolean).join(' ') || '—',
    },
    { key: 'cases', title: t('col.cases'), width: 70, align: 'right', dataIndex: 'caseCount' },
  ];

  if (data && data.total === 0 && !filtered) {
    return (
      <EmptyArea
        title={t('empty.title')}
        hint={t('empty.hint')}
        action={
          <Button type="primary" onClick={() => void navigate('/import')} data-testid="orders-import">
            {t('empty.import')}
          </Button>
        }
      />
    );
  }

  return (
    <Space direction="vertical" size={16} className="full-width" data-testid="orders-page">
      <Card size="small">
        <div className="orders-toolbar">
          <Space wrap size={12}>
            <Input.Search
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('search')}
              title={t('searchHint')}
              className="orders-search"
              data-testid="orders-search"
              onSearch={(value) => refilter(setQ)(value.trim())}
            />
            <Select
              allowClear
              placeholder={t('store')}
              className="orders-store"
              data-testid="orders-store"
              value={storeId}
              onChange={refilter(setStoreId)}
              options={(data?.stores ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
            <DatePicker.RangePicker
              placeholder={[t('paidRange'), t('paidRange')]}
              data-testid="orders-paid-range"
              value={days}
              onChange={(value) => refilter(setDays)(value?.[0] && value[1] ? [value[0], value[1]] : null)}
            />
          </Space>
          <ExportButton list="orders" filter={filter} />
        </div>
      </Card>
      <Card size="small">
        {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
        {data?.totalCapped && (
          <Alert type="info" showIcon className="block-gap" title={t('countCapped', { count: data.total })} data-testid="orders-capped" />
        )}
        <Table<OrderListRow>
          size="small"
          rowKey="id"
          loading={list.loading}
          columns={columns}
          dataSource={data?.rows ?? []}
          scroll={{ x: 1060, y: 'calc(100vh - 330px)' }}
          data-testid="orders-table"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('emptyFiltered')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => <span data-testid="orders-total">{t('count', { count: total })}</span>,
            onChange: setPage,
          }}
        />
      </Card>
    </Space>
  );
};

import './lots.css';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LotRow } from '../../../../shared/contract/lots.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatFen, formatNumber } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { LotLabelModal } from './LotLabelModal';
import { ReceiveLotModal } from './ReceiveLotModal';

const pageSize = 50;
const chinaDate = (ms: number | null) => (ms === null ? '—' : dayjs(ms).tz('Asia/Shanghai').format('YYYY-MM-DD'));

/** Lots received, newest first; owners receive and void, anyone here prints a label. */
export const LotsTab = () => {
  const { t, i18n } = useTranslation('lots');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const owner = useSession().user.role === 'owner';
  const [q, setQ] = useState('');
  const [supplierId, setSupplierId] = useState<string>();
  const [showVoided, setShowVoided] = useState(false);
  const [page, setPage] = useState(1);
  const lots = useCall('lots.list', {
    q: q || undefined,
    supplierId,
    includeVoided: showVoided,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const suppliers = useCall('suppliers.list', {});
  const [receiving, setReceiving] = useState(false);
  const [label, setLabel] = useState<LotRow | null>(null);
  const [voiding, setVoiding] = useState<LotRow | null>(null);
  const [voidForm] = Form.useForm<{ reason: string }>();

  const voidLot = async ({ reason }: { reason: string }) => {
    if (!voiding) return;
    try {
      await call('lots.void', { id: voiding.id, reason });
      void message.success(t('voidDone', { lotCode: voiding.lotCode }));
      setVoiding(null);
      lots.reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Space direction="vertical" size={16} className="full-width">
      <div className="toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('search')}
          className="search"
          data-testid="lot-search"
          onChange={(e) => {
            setQ(e.target.value.trim());
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder={t('supplierFilter')}
          style={{ width: 200 }}
          value={supplierId}
          onChange={(v?: string) => {
            setSupplierId(v);
            setPage(1);
          }}
          options={(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <Checkbox checked={showVoided} onChange={(e) => setShowVoided(e.target.checked)}>
          {t('showVoided')}
        </Checkbox>
        <span className="spacer" />
        {owner && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setReceiving(true)} data-testid="lot-receive">
            {t('receive')}
          </Button>
        )}
      </div>
      <Table<LotRow>
        rowKey="id"
        size="middle"
        loading={lots.loading}
        dataSource={lots.data?.rows ?? []}
        data-testid="lot-table"
        pagination={{ current: page, pageSize, total: lots.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: t('col.lotCode'),
            key: 'lotCode',
            render: (_, lot) => (
              <Space size={4}>
                <Typography.Text strong>{lot.lotCode}</Typography.Text>
                {lot.voidedAt !== null && <Tag title={lot.voidReason ?? ''}>{t('voided')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('col.sku'),
            key: 'sku',
            ellipsis: true,
            render: (_, lot) => `${lot.skuCode} · ${lot.productName}${lot.specText ? ` ${lot.specText}` : ''}`,
          },
          { title: t('col.supplier'), dataIndex: 'supplierName', key: 'supplier', render: (v: string | null) => v ?? t('none') },
          { title: t('col.receivedAt'), key: 'receivedAt', width: 110, render: (_, lot) => chinaDate(lot.receivedAt) },
          {
            title: t('col.quantity'),
            key: 'quantity',
            align: 'right',
            width: 90,
            render: (_, lot) => (lot.quantity === null ? t('none') : formatNumber(lot.quantity, i18n.language)),
          },
          {
            title: t('col.unitCost'),
            key: 'cost',
            align: 'right',
            width: 110,
            render: (_, lot) => formatFen(lot.unitCostFen, i18n.language),
          },
          {
            title: t('col.sold'),
            key: 'sold',
            align: 'right',
            width: 150,
            render: (_, lot) =>
              t('soldCell', {
                labelled: formatNumber(lot.labelledUnits, i18n.language),
                estimated: formatNumber(lot.estimatedUnits, i18n.language),
              }),
          },
          {
            title: '',
            key: 'actions',
            width: 170,
            render: (_, lot) => (
              <Space size={4}>
                <Button size="small" onClick={() => setLabel(lot)} data-testid={`lot-label-${lot.lotCode}`}>
                  {t('label')}
                </Button>
                {owner && lot.voidedAt === null && (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      voidForm.resetFields();
                      setVoiding(lot);
                    }}
                  >
                    {t('void')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ReceiveLotModal
        open={receiving}
        onClose={() => setReceiving(false)}
        onReceived={(lot) => {
          setReceiving(false);
          lots.reload();
          suppliers.reload();
          setLabel(lot);
        }}
      />
      <LotLabelModal lot={label} onClose={() => setLabel(null)} />
      <Modal
        open={voiding !== null}
        title={t('voidTitle', { lotCode: voiding?.lotCode ?? '' })}
        okText={t('voidOk')}
        okButtonProps={{ danger: true }}
        cancelText={t('form.cancel')}
        onOk={() => voidForm.submit()}
        onCancel={() => setVoiding(null)}
        forceRender
      >
        <Typography.Paragraph type="secondary">{t('voidHelp')}</Typography.Paragraph>
        <Form form={voidForm} layout="vertical" onFinish={(v) => void voidLot(v)}>
          <Form.Item name="reason" label={t('voidReason')} rules={[{ required: true, whitespace: true, message: t('voidReasonRequired') }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};

import { SearchOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkuView } from '../../../../shared/contract/catalog.contract';
import { fenToYuanText, parseYuanToFen } from '../../../../shared/domain/money';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { formatFen } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';

const pageSize = 50;

/** Unit cost and supplier per SKU: the cost-of-returns chart values write-offs at this cost. */
export const SkuCostsTab = () => {
  const { t, i18n } = useTranslation('settings');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const skus = useCall('catalog.skus', { q: q || undefined, limit: pageSize, offset: (page - 1) * pageSize });
  const suppliers = useCall('catalog.suppliers', {});
  const [editing, setEditing] = useState<SkuView | null>(null);
  const [form] = Form.useForm<{ cost: string; supplierId?: string }>();

  const open = (sku: SkuView) => {
    setEditing(sku);
    form.setFieldsValue({ cost: sku.unitCostFen === null ? '' : fenToYuanText(sku.unitCostFen), supplierId: sku.supplierId ?? undefined });
  };

  const save = async (values: { cost: string; supplierId?: string }) => {
    if (!editing) return;
    try {
      const unitCostFen = values.cost.trim() === '' ? null : parseYuanToFen(values.cost);
      await call('catalog.updateSku', { id: editing.id, unitCostFen, supplierId: values.supplierId ?? null });
      void message.success(t('skus.saved'));
      setEditing(null);
      skus.reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Space direction="vertical" size={16} className="full-width">
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('skus.search')}
        className="sku-search"
        onChange={(e) => {
          setQ(e.target.value.trim());
          setPage(1);
        }}
      />
      <Table<SkuView>
        rowKey="id"
        size="middle"
        loading={skus.loading}
        dataSource={skus.data?.rows ?? []}
        pagination={{
          current: page,
          pageSize,
          total: skus.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => t('skus.total', { count: n }),
        }}
        columns={[
          {
            title: t('skus.code'),
            dataIndex: 'code',
            key: 'code',
            render: (code: string) => <Typography.Text strong>{code}</Typography.Text>,
          },
          { title: t('skus.product'), dataIndex: 'productName', key: 'product', ellipsis: true },
          { title: t('skus.spec'), dataIndex: 'specText', key: 'spec', render: (v: string | null) => v ?? t('skus.none') },
          {
            title: t('skus.supplier'),
            dataIndex: 'supplierName',
            key: 'supplier',
            ellipsis: true,
            render: (v: string | null) => v ?? t('skus.none'),
          },
          { title: t('skus.cost'), key: 'cost', align: 'right', render: (_, s) => formatFen(s.unitCostFen, i18n.language) },
          {
            title: '',
            key: 'edit',
            width: 90,
            render: (_, s) => (
              <Button size="small" onClick={() => open(s)}>
                {t('skus.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('skus.editTitle', { code: editing?.code ?? '' })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item
            name="cost"
            label={t('skus.cost')}
            extra={t('skus.costHelp')}
            rules={[
              {
                validator: (_, v?: string) =>
                  !v?.trim() || (parseYuanToFen(v) ?? -1) >= 0 ? Promise.resolve() : Promise.reject(new Error(t('skus.badCost'))),
              },
            ]}
          >
            <Input prefix="¥" />
          </Form.Item>
          <Form.Item name="supplierId" label={t('skus.supplier')}>
            <Select allowClear options={(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};

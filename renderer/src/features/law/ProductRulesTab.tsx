import { SearchOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRule } from '../../../../shared/contract/law.contract';
import { returnExceptions, type ReturnException } from '../../../../shared/domain/return-law';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

const pageSize = 50;
const noException = 'none';
interface Values {
  returnException: ReturnException | typeof noException;
  durable: boolean;
}

/** Per product: which no-reason return exception applies, and whether it is durable goods (owner; law.setProductRule). */
export const ProductRulesTab = () => {
  const { t } = useTranslation('law');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const products = useCall('law.products', { q: q || undefined, limit: pageSize, offset: (page - 1) * pageSize });
  const [editing, setEditing] = useState<ProductRule | null>(null);
  const [form] = Form.useForm<Values>();

  const open = (p: ProductRule) => {
    setEditing(p);
    form.setFieldsValue({ returnException: p.returnException ?? noException, durable: p.durable });
  };
  const save = async (values: Values) => {
    if (!editing) return;
    try {
      await call('law.setProductRule', {
        productId: editing.productId,
        returnException: values.returnException === noException ? null : values.returnException,
        durable: values.durable,
      });
      void message.success(t('products.saved'));
      setEditing(null);
      products.reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Space direction="vertical" size={16} className="full-width" data-testid="law-products">
      <Typography.Paragraph type="secondary">{t('products.hint')}</Typography.Paragraph>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('products.search')}
        className="sku-search"
        onChange={(e) => {
          setQ(e.target.value.trim());
          setPage(1);
        }}
      />
      <Table<ProductRule>
        rowKey="productId"
        size="middle"
        loading={products.loading}
        dataSource={products.data?.rows ?? []}
        pagination={{
          current: page,
          pageSize,
          total: products.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => t('products.total', { count: n }),
        }}
        columns={[
          { title: t('products.name'), dataIndex: 'name', key: 'name', ellipsis: true },
          {
            title: t('products.skus'),
            key: 'skus',
            ellipsis: true,
            render: (_, p) => <Typography.Text type="secondary">{p.skuCodes.join(', ') || '—'}</Typography.Text>,
          },
          {
            title: t('products.exception'),
            key: 'exception',
            render: (_, p) => (p.returnException ? <Tag color="orange">{t(`exception.${p.returnException}`)}</Tag> : t('products.none')),
          },
          {
            title: t('products.durable'),
            key: 'durable',
            width: 110,
            render: (_, p) => (p.durable ? t('products.yes') : t('products.no')),
          },
          {
            title: '',
            key: 'edit',
            width: 90,
            render: (_, p) => (
              <Button size="small" onClick={() => open(p)} data-testid="law-product-edit">
                {t('products.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('products.editTitle', { name: editing?.name ?? '' })}
        okText={t('common:action.save')}
        cancelText={t('common:action.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item name="returnException" label={t('products.exception')}>
            <Select
              data-testid="law-product-exception"
              options={[
                { value: noException, label: t('products.none') },
                ...returnExceptions.map((e) => ({ value: e, label: t(`exception.${e}`) })),
              ]}
            />
          </Form.Item>
          <Form.Item name="durable" label={t('products.durable')} valuePropName="checked" extra={t('products.durableHelp')}>
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};

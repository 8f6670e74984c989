import './aql.css';
import { App, Button, Card, Form, Select, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aqlChoices, type AqlSettings } from '../../../../shared/domain/aql/settings';
import { inspectionLevels } from '../../../../shared/domain/aql/tables';
import { defectClasses } from '../../../../shared/domain/inspection';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

/** The owner's AQLs and inspection level: the defaults (Policy `aql`) and per supplier or product. */
export const AqlSettingsTab = () => {
  const { t } = useTranslation('aql');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const listed = useCall('aql.listSettings', {});
  const suppliers = useCall('catalog.suppliers', {});
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const skus = useCall('catalog.skus', supplierId === null ? null : { supplierId, limit: 1000 });
  const products = useMemo(() => {
    const byId = new Map<string, string>();
    for (const sku of skus.data?.rows ?? []) byId.set(sku.productId, sku.productName);
    return [...byId.entries()].map(([value, label]) => ({ value, label }));
  }, [skus.data]);
  const [defaultsForm] = Form.useForm<AqlSettings>();
  const [overrideForm] = Form.useForm<AqlSettings & { productId: string | null }>();
  useEffect(() => {
    if (listed.data) defaultsForm.setFieldsValue(listed.data.defaults);
  }, [listed.data, defaultsForm]);

  const aqlOptions = aqlChoices.map((value) => ({ value, label: value === 0 ? t('plan.aqlZero') : String(value) }));
  const fields = (
    <>
      <Form.Item name="level" label={t('settings.level')} rules={[{ required: true }]}>
        <Select options={inspectionLevels.map((level) => ({ value: level, label: level }))} className="aql-narrow" />
      </Form.Item>
      {defectClasses.map((defectClass) => (
        <Form.Item key={defectClass} name={defectClass} label={`${t(`classes.${defectClass}`)} AQL`} rules={[{ required: true }]}>
          <Select options={aqlOptions} className="aql-narrow" data-testid={`aql-setting-${defectClass}`} />
        </Form.Item>
      ))}
    </>
  );
  const save = async (work: () => Promise<unknown>) => {
    try {
      await work();
      listed.reload();
      void message.success(t('settings.saved'));
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <div className="aql-settings" data-testid="aql-settings">
      <Typography.Text type="secondary">{t('settings.hint')}</Typography.Text>
      <Card size="small" title={t('settings.defaults')}>
        <Form
          form={defaultsForm}
          layout="inline"
          className="aql-form"
          onFinish={(values) => void save(() => call('settings.updatePolicy', { aql: values }))}
        >
          {fields}
          <Button type="primary" htmlType="submit">
            {t('settings.save')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={t('settings.overrides')}>
        <Form
          form={overrideForm}
          layout="inline"
          className="aql-form"
          initialValues={{ level: 'II', critical: 0, major: 2.5, minor: 4, productId: null }}
          onFinish={(values) => {
            if (supplierId === null) return;
            void save(() => call('aql.saveSettings', { ...values, supplierId, productId: values.productId ?? null }));
          }}
        >
          <Form.Item label={t('settings.supplier')} required>
            <Select
              className="aql-wide"
              value={supplierId}
              onChange={(value: string) => setSupplierId(value)}
              options={(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item name="productId" label={t('settings.product')}>
            <Select className="aql-wide" allowClear placeholder={t('settings.allProducts')} options={products} />
          </Form.Item>
          {fields}
          <Button type="primary" htmlType="submit" disabled={supplierId === null}>
            {t('settings.save')}
          </Button>
        </Form>
        <Table
          size="small"
          pagination={false}
          rowKey={(row) => `${row.supplierId}/${row.productId ?? ''}`}
          dataSource={listed.data?.overrides ?? []}
          columns={[
            { title: t('settings.supplier'), dataIndex: 'supplierName' },
            { title: t('settings.product'), key: 'product', render: (_, row) => row.productName ?? t('settings.allProducts') },
            { title: t('settings.level'), dataIndex: 'level' },
            ...defectClasses.map((defectClass) => ({
              title: `${t(`classes.${defectClass}`)} AQL`,
              key: defectClass,
              render: (_: unknown, row: AqlSettings) => (row[defectClass] === 0 ? t('plan.aqlZero') : String(row[defectClass])),
            })),
          ]}
        />
      </Card>
    </div>
  );
};

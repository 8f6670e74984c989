import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LotRow } from '../../../../shared/contract/lots.contract';
import { lotCodePattern } from '../../../../shared/domain/lot-code';
import { parseYuanToFen } from '../../../../shared/domain/money';
import { parseChinaTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

interface ReceiveForm {
  lotCode: string;
  skuId: string;
  supplierId?: string;
  quantity: number;
  receivedAt: Dayjs;
  unitCost: string;
  notes?: string;
}

/** Receiving a lot: every field checked here in the reader's words, and again by the backend. */
export const ReceiveLotModal = ({
  open,
  onClose,
  onReceived,
}: {
  open: boolean;
  onClose: () => void;
  onReceived: (lot: LotRow) => void;
}) => {
  const { t } = useTranslation('lots');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiveForm>();
  const [skuQ, setSkuQ] = useState('');
  const [saving, setSaving] = useState(false);
  const skus = useCall('catalog.skus', open ? { q: skuQ || undefined, limit: 50 } : null);
  const suppliers = useCall('suppliers.list', open ? { includeInactive: false } : null);

  const save = async (v: ReceiveForm) => {
    const receivedAt = parseChinaTime(v.receivedAt.format('YYYY-MM-DD'));
    const unitCostFen = parseYuanToFen(v.unitCost);
    if (receivedAt === null || unitCostFen === null) return;
    setSaving(true);
    try {
      const lot = await call('lots.receive', {
        lotCode: v.lotCode.trim(),
        skuId: v.skuId,
        supplierId: v.supplierId,
        quantity: v.quantity,
        receivedAt,
        unitCostFen,
        notes: v.notes?.trim() || null,
      });
      void message.success(t('received', { lotCode: lot.lotCode }));
      form.resetFields();
      onReceived(lot);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('form.title')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'lot-receive-ok' }}
      cancelButtonProps={{ 'data-testid': 'lot-receive-cancel' }}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="lot-form">
        <Form.Item
          name="lotCode"
          label={t('form.lotCode')}
          extra={t('form.lotCodeHelp')}
          rules={[
            { required: true, whitespace: true, message: t('form.lotCodeRequired') },
            {
              validator: (_, v?: string) =>
                !v?.trim() || lotCodePattern.test(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('form.lotCodeBad'))),
            },
          ]}
        >
          <Input maxLength={40} data-testid="lot-code" />
        </Form.Item>
        <Form.Item name="skuId" label={t('form.sku')} rules={[{ required: true, message: t('form.skuRequired') }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSkuQ}
            placeholder={t('form.skuPlaceholder')}
            loading={skus.loading}
            data-testid="lot-sku"
            options={(skus.data?.rows ?? []).map((s) => ({
              value: s.id,
              label: `${s.code} · ${s.productName}${s.specText ? ` ${s.specText}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="supplierId" label={t('form.supplier')} extra={t('form.supplierHelp')}>
          <Select allowClear data-testid="lot-supplier" options={(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('form.quantity')}
          rules={[{ required: true, type: 'integer', min: 1, message: t('form.quantityRequired') }]}
        >
          <InputNumber min={1} precision={0} className="full-width" data-testid="lot-quantity" />
        </Form.Item>
        <Form.Item name="receivedAt" label={t('form.receivedAt')} rules={[{ required: true, message: t('form.receivedAtRequired') }]}>
          <DatePicker className="full-width" format="YYYY-MM-DD" data-testid="lot-received" />
        </Form.Item>
        <Form.Item
          name="unitCost"
          label={t('form.unitCost')}
          rules={[
            {
              validator: (_, v?: string) =>
                v?.trim() && (parseYuanToFen(v) ?? -1) >= 0 ? Promise.resolve() : Promise.reject(new Error(t('form.unitCostRequired'))),
            },
          ]}
        >
          <Input prefix="¥" data-testid="lot-cost" />
        </Form.Item>
        <Form.Item name="notes" label={t('form.notes')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

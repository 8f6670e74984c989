import { App, Checkbox, DatePicker, Divider, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseTypes,
  orderStatuses,
  reasonCategories,
  type CaseType,
  type OrderStatus,
  type ReasonCategory,
} from '../../../../shared/domain/aftersales';
import { parseYuanToFen } from '../../../../shared/domain/money';
import { parseChinaTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';

interface NewCaseForm {
  caseNumber: string;
  orderNumber: string;
  type: CaseType;
  reasonCategory: ReasonCategory;
  reasonText?: string;
  requestedQuantity: number;
  refund: string;
  deadline?: Dayjs;
  withOrder: boolean;
  orderStatus: OrderStatus;
  skuCode?: string;
  unitPrice?: string;
}

/**
 * The picker shows and edits wall-clock fields; they are read as China time (the platform's deadlines are), so
 * a PC set to another zone saves what the user picked, not a time 7 or 8 hours off.
 */
const chinaTimeOf = (picked: Dayjs): number | null => parseChinaTime(picked.format('YYYY-MM-DD HH:mm'));

/** A manual case is requested now: a deadline before now would be overdue the moment it is saved. */
const deadlineRule = (message: string) => ({
  validator: (_: unknown, v?: Dayjs) =>
    !v || (chinaTimeOf(v) ?? 0) >= Date.now() - 60_000 ? Promise.resolve() : Promise.reject(new Error(message)),
});

const moneyRule = (message: string) => ({
  validator: (_: unknown, v?: string) =>
    !v?.trim() || (parseYuanToFen(v) ?? -1) >= 0 ? Promise.resolve() : Promise.reject(new Error(message)),
});

/** A case that reached the shop outside an export (phone, chat): entered by hand, with its order if it is not in yet. */
export const NewCaseModal = ({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) => {
  const { t } = useTranslation('cases');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewCaseForm>();
  const [busy, setBusy] = useState(false);
  const withOrder = Form.useWatch('withOrder', form);

  const submit = async (v: NewCaseForm) => {
    setBusy(true);
    try {
      if (v.withOrder && v.skuCode) {
        await call('orders.create', {
          orderNumber: v.orderNumber,
          status: v.orderStatus,
          lines: [{ skuCode: v.skuCode, quantity: v.requestedQuantity, unitPriceFen: parseYuanToFen(v.unitPrice ?? '0') ?? 0 }],
        });
      }
      const created = await call('cases.create', {
        caseNumber: v.caseNumber,
        orderNumber: v.orderNumber,
        skuCode: v.skuCode || undefined,
        type: v.type,
        reasonCategory: v.reasonCategory,
        reasonText: v.reasonText || undefined,
        requestedQuantity: v.requestedQuantity,
        refundFen: parseYuanToFen(v.refund || '0') ?? 0,
        deadlineAt: v.deadline ? (chinaTimeOf(v.deadline) ?? undefined) : undefined,
      });
      void message.success(t('create.done'));
      form.resetFields();
      onCreated(created.id);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      forceRender
    >
      <Form<NewCaseForm>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          type: 'return_refund',
          reasonCategory: 'quality',
          requestedQuantity: 1,
          refund: '',
          withOrder: false,
          orderStatus: 'signed',
        }}
        className="new-case-form"
      >
        <div className="form-grid">
          <Form.Item name="caseNumber" label={t('col.case')} rules={[{ required: true, whitespace: true }]}>
            <Input data-testid="new-case-number" />
          </Form.Item>
          <Form.Item name="orderNumber" label={t('col.order')} rules={[{ required: true, whitespace: true }]}>
            <Input data-testid="new-case-order" />
          </Form.Item>
          <Form.Item name="type" label={t('col.type')}>
            <Select options={caseTypes.map((v) => ({ value: v, label: t(`type.${v}`) }))} />
          </Form.Item>
          <Form.Item name="reasonCategory" label={t('col.reason')}>
            <Select options={reasonCategories.map((v) => ({ value: v, label: t(`reason.${v}`) }))} />
          </Form.Item>
          <Form.Item name="requestedQuantity" label={t('detail.quantity')} rules={[{ required: true, type: 'integer', min: 1 }]}>
            <InputNumber min={1} precision={0} className="full-width" />
          </Form.Item>
          <Form.Item name="refund" label={t('detail.refund')} rules={[moneyRule(t('create.badMoney'))]}>
            <Input prefix="¥" placeholder="0.00" />
          </Form.Item>
        </div>
        <Form.Item name="reasonText" label={t('detail.reasonText')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('deadline.title')}
          extra={
            <>
              {t('create.deadlineHelp')}
              <br />
              {t('deadlineEntry.zone')}
            </>
          }
          rules={[deadlineRule(t('deadlineEntry.beforeRequest'))]}
        >
          {/* No "Now" button: it would give this PC's wall clock, not China's. */}
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            showNow={false}
            format="YYYY-MM-DD HH:mm"
            className="full-width"
            data-testid="new-case-deadline"
          />
        </Form.Item>
        <Divider className="form-divider" />
        <Form.Item name="withOrder" valuePropName="checked">
          <Checkbox>{t('create.withOrder')}</Checkbox>
        </Form.Item>
        {withOrder && (
          <div className="form-grid">
            <Form.Item name="skuCode" label={t('detail.sku')} rules={[{ required: true, whitespace: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="unitPrice" label={t('create.unitPrice')} rules={[{ required: true }, moneyRule(t('create.badMoney'))]}>
              <Input prefix="¥" />
            </Form.Item>
            <Form.Item name="orderStatus" label={t('create.orderStatus')}>
              <Select options={orderStatuses.map((v) => ({ value: v, label: t(`orderStatus.${v}`) }))} />
            </Form.Item>
          </div>
        )}
      </Form>
    </Modal>
  );
};

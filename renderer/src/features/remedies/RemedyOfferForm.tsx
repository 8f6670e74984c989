import { App, Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemediesView } from '../../../../shared/contract/remedies.contract';
import { remedyKinds, remedyKindsWithAmount, type RemedyKind } from '../../../../shared/domain/remedies';
import { parseChinaTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';
import { fenOf } from './money';

interface OfferValues {
  kind: RemedyKind;
  amount?: number | null;
  threshold?: number | null;
  expires?: Dayjs | null;
  note?: string;
}

/** Kinds whose amount is optional: a full refund or return defaults to what the buyer asked. */
const optionalAmount: readonly RemedyKind[] = ['full_refund', 'return_refund'];

/** One form for every kind: the fields follow the kind (an amount, a coupon's value, minimum spend and expiry). */
export const RemedyOfferForm = ({ caseId, onSaved }: { caseId: string; onSaved: (view: RemediesView) => void }) => {
  const { t } = useTranslation('remedies');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfferValues>();
  const kind = Form.useWatch('kind', form) ?? 'partial_refund';
  const [busy, setBusy] = useState(false);
  const withAmount = remedyKindsWithAmount.includes(kind) || optionalAmount.includes(kind);

  const submit = async (v: OfferValues) => {
    setBusy(true);
    try {
      const expiresAt = v.expires ? parseChinaTime(v.expires.format('YYYY-MM-DD HH:mm')) : null;
      const view = await call('remedies.offer', {
        caseId,
        kind: v.kind,
        ...(withAmount && fenOf(v.amount) !== undefined && { amountFen: fenOf(v.amount) }),
        ...(kind === 'coupon' && fenOf(v.threshold) !== undefined && { couponThresholdFen: fenOf(v.threshold) }),
        ...(kind === 'coupon' && expiresAt !== null && { couponExpiresAt: expiresAt }),
        ...(v.note?.trim() && { note: v.note.trim() }),
      });
      form.resetFields(['amount', 'threshold', 'expires', 'note']);
      void message.success(t('offer.saved'));
      onSaved(view);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<OfferValues>
      form={form}
      layout="inline"
      initialValues={{ kind: 'partial_refund' }}
      onFinish={(v) => void submit(v)}
      className="remedy-offer-form"
      data-testid="remedy-offer-form"
    >
      <Form.Item name="kind" label={t('offer.kind')}>
        <Select<RemedyKind>
          className="remedy-kind-select"
          data-testid="remedy-kind"
          options={remedyKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
      </Form.Item>
      {withAmount && (
        <Form.Item name="amount" label={kind === 'coupon' ? t('offer.couponValue') : t('offer.amount')}>
          {/* No min: a negative amount gets the backend's clear refusal instead of silently becoming 0. */}
          <InputNumber<number> prefix="¥" precision={2} className="remedy-amount" data-testid="remedy-amount" />
        </Form.Item>
      )}
      {kind === 'coupon' && (
        <>
          <Form.Item name="threshold" label={t('offer.threshold')}>
            <InputNumber<number> prefix="¥" precision={2} className="remedy-amount" data-testid="remedy-threshold" />
          </Form.Item>
          <Form.Item name="expires" label={t('offer.expires')}>
            <DatePicker showTime={{ format: 'HH:mm' }} showNow={false} format="YYYY-MM-DD HH:mm" data-testid="remedy-expires" />
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label={t('offer.note')} className="remedy-note">
        <Input maxLength={500} placeholder={t('offer.notePlaceholder')} data-testid="remedy-note" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="remedy-offer-submit">
          {t('offer.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
};

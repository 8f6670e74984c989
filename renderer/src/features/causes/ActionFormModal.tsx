import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectiveAction } from '../../../../shared/contract/causes.contract';
import { causeLimits } from '../../../../shared/domain/causes';
import { parseChinaTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

interface Draft {
  what: string;
  ownerId: string;
  due: Dayjs;
  skuId?: string | null;
  supplierId?: string | null;
  lotId?: string | null;
  process?: string;
}

export interface ActionSeed {
  caseId?: string;
  skuId?: string | null;
  supplierId?: string | null;
  lotId?: string | null;
}

/** Due at the end of the chosen day, China time: "by the 12th" means the whole of the 12th. */
const endOfChinaDay = (day: Dayjs): number => (parseChinaTime(`${day.format('YYYY-MM-DD')} 23:59`) ?? 0) + 59_999;

/** The owner's form for a new corrective action, from a case (links filled from its item) or from the actions list. */
export const ActionFormModal = ({
  open,
  seed,
  onClose,
  onCreated,
}: {
  open: boolean;
  seed: ActionSeed;
  onClose: () => void;
  onCreated: (action: CorrectiveAction) => void;
}) => {
  const { t } = useTranslation('causes');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Draft>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const people = useCall('causes.actions', open ? { view: 'open' } : null);
  const options = useCall('analytics.options', open ? {} : null);

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    try {
      const v = await form.validateFields().catch(() => null);
      if (!v) return;
      const created = await call('causes.createAction', {
        what: v.what,
        ownerId: v.ownerId,
        dueAt: endOfChinaDay(v.due),
        ...(seed.caseId && { caseId: seed.caseId }),
        ...(v.skuId && { skuId: v.skuId }),
        ...(v.supplierId && { supplierId: v.supplierId }),
        ...(v.lotId && { lotId: v.lotId }),
        ...(v.process?.trim() && { process: v.process.trim() }),
      });
      void message.success(t('action.created'));
      setError(undefined);
      onCreated(created);
    } catch (e) {
      setError(e);
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const o = options.data;
  return (
    <Modal
      open={open}
      title={t('action.createTitle')}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'action-create-ok' }}
      afterOpenChange={(visible) => {
        if (visible) form.setFieldsValue({ skuId: seed.skuId ?? null, supplierId: seed.supplierId ?? null, lotId: seed.lotId ?? null });
      }}
    >
      {error !== undefined && (
        <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} data-testid="action-error" />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="what" label={t('action.what')} rules={[{ required: true, whitespace: true, message: t('action.required') }]}>
          <Input.TextArea
            rows={2}
            maxLength={causeLimits.what}
            showCount
            placeholder={t('action.whatPlaceholder')}
            data-testid="action-what"
          />
        </Form.Item>
        <Form.Item name="ownerId" label={t('action.owner')} rules={[{ required: true, message: t('action.required') }]}>
          <Select
            data-testid="action-owner"
            options={(people.data?.people ?? []).map((p) => ({ value: p.id, label: p.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="due" label={t('action.due')} rules={[{ required: true, message: t('action.required') }]}>
          <DatePicker format="YYYY-MM-DD" data-testid="action-due" />
        </Form.Item>
        {seed.caseId && <Typography.Paragraph type="secondary">{t('action.linksHint')}</Typography.Paragraph>}
        <Form.Item name="skuId" label={t('action.sku')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="action-sku"
            options={(o?.skus ?? []).map((s) => ({ value: s.id, label: s.code }))}
          />
        </Form.Item>
        <Form.Item name="supplierId" label={t('action.supplier')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="action-supplier"
            options={(o?.suppliers ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="lotId" label={t('action.lot')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="action-lot"
            options={(o?.lots ?? []).map((l) => ({ value: l.id, label: l.code }))}
          />
        </Form.Item>
        <Form.Item name="process" label={t('action.process')}>
          <Input maxLength={causeLimits.process} placeholder={t('action.processPlaceholder')} data-testid="action-process" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import { Alert, App, Form, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectiveAction } from '../../../../shared/contract/causes.contract';
import { causeLimits } from '../../../../shared/domain/causes';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';

export interface Closing {
  action: CorrectiveAction;
  how: 'done' | 'drop';
}

/** Closing an action always says why: what was done, or why it is dropped. */
export const CloseActionModal = ({ closing, onClose, onSaved }: { closing: Closing | null; onClose: () => void; onSaved: () => void }) => {
  const { t } = useTranslation('causes');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ text: string }>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const done = closing?.how === 'done';

  const save = async () => {
    if (!closing || savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    try {
      const v = await form.validateFields().catch(() => null);
      if (!v) return;
      if (done) await call('causes.completeAction', { id: closing.action.id, outcome: v.text });
      else await call('causes.dropAction', { id: closing.action.id, reason: v.text });
      void message.success(t('action.saved'));
      setError(undefined);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  return (
    <Modal
      open={closing !== null}
      title={closing ? t(done ? 'action.doneTitle' : 'action.dropTitle', { what: closing.action.what }) : ''}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'action-close-ok' }}
    >
      {error !== undefined && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={t(done ? 'action.outcome' : 'action.reason')}
          rules={[{ required: true, whitespace: true, message: t('action.required') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={causeLimits.outcome}
            showCount
            placeholder={t(done ? 'action.outcomePlaceholder' : 'action.reasonPlaceholder')}
            data-testid="action-close-text"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import { App, Form, Input, Modal, Radio, Rate } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpOutcome, TaskClockKind } from '../../../../shared/domain/clocks';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';

interface Props {
  clockId: string;
  kind: TaskClockKind;
  onClose: () => void;
  onDone: () => void;
}

interface Values {
  outcome?: FollowUpOutcome;
  satisfaction?: number;
  comment?: string;
}

/** Completes a task: a follow-up records how the buyer answered (1–5 and a comment) or that they could not be reached. */
export const CompleteTaskModal = ({ clockId, kind, onClose, onDone }: Props) => {
  const { t } = useTranslation('clocks');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const [busy, setBusy] = useState(false);
  const followUp = kind === 'follow_up';

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await call('clocks.complete', {
        clockId,
        ...(followUp && { outcome: values.outcome }),
        ...(followUp && values.outcome === 'answered' && { satisfaction: values.satisfaction }),
        ...(values.comment?.trim() && { comment: values.comment.trim() }),
      });
      void message.success(t('complete.done'));
      onDone();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('complete.title', { kind: t(`kind.${kind}`) })}
      okText={t('complete.submit')}
      onOk={() => form.submit()}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'clock-complete-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ outcome: followUp ? 'answered' : undefined }}>
        {followUp && (
          <Form.Item name="outcome" label={t('complete.outcome')}>
            <Radio.Group data-testid="follow-up-outcome">
              <Radio value="answered">{t('complete.answered')}</Radio>
              <Radio value="no_answer">{t('complete.noAnswer')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        {followUp && outcome === 'answered' && (
          <Form.Item name="satisfaction" label={t('complete.satisfaction')} rules={[{ required: true, message: t('complete.needScore') }]}>
            <Rate data-testid="follow-up-satisfaction" />
          </Form.Item>
        )}
        <Form.Item name="comment" label={t('complete.comment')}>
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('complete.commentHint')} data-testid="clock-complete-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

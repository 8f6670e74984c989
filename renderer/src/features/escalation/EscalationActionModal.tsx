import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import type { CaseEscalation } from '../../../../shared/contract/escalation.contract';
import { escalationReasons, platformDecisions, type EscalationAction } from '../../../../shared/domain/escalation';
import { parseChinaTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { fenOf } from '../remedies/money';

interface Values {
  reason?: string;
  note?: string;
  at?: Dayjs | null;
  deadline?: Dayjs | null;
  items?: string[];
  photos?: string[];
  messages?: string[];
  decision?: 'merchant' | 'buyer' | 'split';
  amount?: number | null;
}

/** The picked wall-clock time read as China time, whatever this PC's zone; empty means "now" (the backend's default). */
const chinaTime = (picked: Dayjs | null | undefined): number | undefined =>
  picked ? (parseChinaTime(picked.format('YYYY-MM-DD HH:mm')) ?? undefined) : undefined;

/** Now as the China wall-clock the pickers show (they are read back as China time, whatever this PC's zone). */
const chinaNow = (): Dayjs => dayjs(formatTime(Date.now()));

const titleKey: Record<EscalationAction, string> = {
  to_owner: 'action.toOwner',
  hand_back: 'action.handBack',
  to_platform: 'action.toPlatform',
  evidence: 'action.evidence',
  decide: 'action.decide',
};

/** One move's form: the fields follow the move (reason, note, the platform's times, evidence picked from the case, the decision). */
export const EscalationActionModal = ({
  action,
  detail,
  onClose,
  onSaved,
}: {
  action: EscalationAction;
  detail: CaseDetail;
  onClose: () => void;
  onSaved: (view: CaseEscalation) => void;
}) => {
  const { t } = useTranslation('escalation');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const reason = Form.useWatch('reason', form);
  const decision = Form.useWatch('decision', form);
  const caseId = detail.id;
  // The policy's suggested evidence deadline, counted from when the platform stepped in (now unless entered).
  const policy = useCall('settings.getPolicy', action === 'to_platform' ? {} : null);
  const evidenceHours = policy.data?.escalation.defaultEvidenceHours;
  const openedAt = Form.useWatch('at', form);
  useEffect(() => {
    if (evidenceHours === undefined || form.isFieldTouched('deadline')) return;
    form.setFieldValue('deadline', (openedAt ?? chinaNow()).add(evidenceHours, 'hour'));
  }, [evidenceHours, openedAt, form]);

  const send = (v: Values): Promise<CaseEscalation> => {
    const note = v.note?.trim() || undefined;
    switch (action) {
      case 'to_owner':
        return call('escalation.toOwner', { caseId, reason: v.reason as (typeof escalationReasons)[number], ...(note && { note }) });
      case 'hand_back':
        return call('escalation.handBack', { caseId, note: note ?? '' });
      case 'to_platform':
        return call('escalation.openIntervention', {
          caseId,
          ...(chinaTime(v.at) !== undefined && { openedAt: chinaTime(v.at) }),
          ...(chinaTime(v.deadline) !== undefined && { evidenceDueAt: chinaTime(v.deadline) }),
          ...(note && { note }),
        });
      case 'evidence':
        return call('escalation.recordEvidence', {
          caseId,
          ...(chinaTime(v.at) !== undefined && { submittedAt: chinaTime(v.at) }),
          items: (v.items ?? []).map((i) => i.trim()).filter(Boolean),
          attachmentIds: v.photos ?? [],
          messageIds: v.messages ?? [],
          ...(note && { note }),
        });
      case 'decide':
        return call('escalation.recordDecision', {
          caseId,
          decision: v.decision ?? 'merchant',
          ...(fenOf(v.amount) !== undefined && { amountFen: fenOf(v.amount) }),
          ...(chinaTime(v.at) !== undefined && { decidedAt: chinaTime(v.at) }),
          ...(note && { note }),
        });
    }
  };

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const view = await send(v);
      void message.success(t('saved'));
      onSaved(view);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const timeField = (label: string) => (
    <Form.Item name="at" label={label} extra={t('form.now')}>
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" className="full-width" data-testid="escalation-at" />
    </Form.Item>
  );
  const noteRequired = action === 'hand_back' || (action === 'to_owner' && reason === 'other');

  return (
    <Modal
      open
      title={t(titleKey[action])}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      wrapClassName="escalation-modal"
      okButtonProps={{ 'data-testid': 'escalation-submit' }}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ decision: 'merchant' }}>
        {action === 'to_owner' && (
          <Form.Item name="reason" label={t('form.reason')} rules={[{ required: true, message: t('form.needReason') }]}>
            <Radio.Group data-testid="escalation-reason">
              {escalationReasons.map((r) => (
                <Radio key={r} value={r} data-testid={`escalation-reason-${r}`}>
                  {t(`reason.${r}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        {action === 'to_platform' && (
          <>
            {timeField(t('form.openedAt'))}
            <Form.Item name="deadline" label={t('form.deadline')} extra={t('form.deadlineHint')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                className="full-width"
                data-testid="escalation-deadline"
              />
            </Form.Item>
          </>
        )}
        {action === 'evidence' && (
          <>
            {timeField(t('form.submittedAt'))}
            <Form.Item name="items" label={t('form.items')}>
              <Select
                mode="tags"
                suffixIcon={null}
                notFoundContent={null}
                tokenSeparators={['\n', '；', ';']}
                placeholder={t('form.itemsPlaceholder')}
                data-testid="escalation-items"
              />
            </Form.Item>
            {detail.attachments.length > 0 && (
              <Form.Item name="photos" label={t('form.photos')}>
                <Checkbox.Group options={detail.attachments.map((a, i) => ({ value: a.id, label: t('form.photo', { n: i + 1 }) }))} />
              </Form.Item>
            )}
            {detail.communications.length > 0 && (
              <Form.Item name="messages" label={t('form.messages')}>
                <Checkbox.Group className="escalation-messages" data-testid="escalation-messages">
                  {detail.communications.map((m) => (
                    <Checkbox key={m.id} value={m.id}>
                      <Typography.Text type="secondary">{formatTime(m.at)}</Typography.Text> {m.text.slice(0, 60)}
                    </Checkbox>
                  ))}
                </Checkbox.Group>
              </Form.Item>
            )}
          </>
        )}
        {action === 'decide' && (
          <>
            <Form.Item name="decision" label={t('form.decision')}>
              <Radio.Group data-testid="escalation-decision">
                {platformDecisions.map((d) => (
                  <Radio key={d} value={d} data-testid={`escalation-decision-${d}`}>
                    {t(`decision.${d}`)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            {decision !== 'merchant' && (
              <Form.Item name="amount" label={t('form.amount')} extra={t('form.amountHint')}>
                <InputNumber<number>
                  min={0}
                  max={1_000_000}
                  precision={2}
                  prefix="¥"
                  className="full-width"
                  data-testid="escalation-amount"
                />
              </Form.Item>
            )}
            {timeField(t('form.decidedAt'))}
          </>
        )}
        <Form.Item
          name="note"
          label={action === 'hand_back' ? t('form.handBackNote') : t('form.note')}
          rules={noteRequired ? [{ required: true, whitespace: true, message: t('form.needNote') }] : []}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            placeholder={action === 'hand_back' ? t('form.handBackPlaceholder') : t('form.notePlaceholder')}
            data-testid="escalation-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};

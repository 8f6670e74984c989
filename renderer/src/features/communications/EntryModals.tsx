import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  channels,
  directions,
  type Channel,
  type Direction,
  type TimelineEntry,
} from '../../../../shared/contract/communications.contract';
import { maxReplyChars } from '../../../../shared/domain/reply-templates';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';
import { instantOf, pickerValueOf } from './china-time';

const reasonRules = (message: string) => [{ required: true, whitespace: true, min: 2, message }];

interface CorrectValues {
  direction: Direction;
  channel: Channel;
  at: Dayjs;
  speaker?: string;
  text: string;
  reason: string;
}

/** A correction is a new entry; the old one stays, struck through with the reason. */
export const CorrectModal = ({ entry, onClose, onDone }: { entry: TimelineEntry; onClose: () => void; onDone: () => void }) => {
  const { t } = useTranslation('communications');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<CorrectValues>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: CorrectValues) => {
    const at = instantOf(v.at);
    if (at === null) return;
    setBusy(true);
    try {
      await call('communications.correct', {
        id: entry.id,
        direction: v.direction,
        channel: v.channel,
        at,
        speaker: v.speaker?.trim() ? v.speaker.trim() : null,
        text: v.text,
        reason: v.reason,
      });
      void message.success(t('correct.done'));
      onDone();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('correct.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('correct.help')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          direction: entry.direction,
          channel: entry.channel,
          at: pickerValueOf(entry.at),
          speaker: entry.speaker ?? '',
          text: entry.text,
        }}
        data-testid="correct-form"
      >
        <Form.Item name="direction" label={t('field.direction')}>
          <Select options={directions.map((d) => ({ value: d, label: t(`direction.${d}`) }))} />
        </Form.Item>
        <Form.Item name="channel" label={t('field.channel')}>
          <Select options={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="at" label={t('happenedAt')} rules={[{ required: true }]}>
          <DatePicker showTime format="YYYY-MM-DD HH:mm" allowClear={false} />
        </Form.Item>
        <Form.Item name="speaker" label={t('speaker')}>
          <Input maxLength={60} placeholder={t('speakerPlaceholder')} />
        </Form.Item>
        <Form.Item name="text" label={t('field.text')} rules={[{ required: true, whitespace: true, message: t('textRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={maxReplyChars} />
        </Form.Item>
        <Form.Item name="reason" label={t('correct.reason')} rules={reasonRules(t('reasonRequired'))}>
          <Input maxLength={200} placeholder={t('correct.reasonPlaceholder')} data-testid="correct-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

export const VoidModal = ({ entry, onClose, onDone }: { entry: TimelineEntry; onClose: () => void; onDone: () => void }) => {
  const { t } = useTranslation('communications');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await call('communications.void', { id: entry.id, reason });
      void message.success(t('void.done'));
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
      title={t('void.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ danger: true, ...{ 'data-testid': 'void-confirm' } }}
      okText={t('action.void')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('void.help')}</Typography.Paragraph>
      <Typography.Paragraph className="conversation-quote">{entry.text}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label={t('void.reason')} rules={reasonRules(t('reasonRequired'))}>
          <Input maxLength={200} placeholder={t('void.reasonPlaceholder')} data-testid="void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

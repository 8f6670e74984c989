import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directions, type Direction } from '../../../../shared/contract/communications.contract';
import { parseTranscript, type TranscriptMessage, type TranscriptSide } from '../../../../shared/domain/chat-transcript';
import { maxTranscriptMessages } from '../../../../shared/domain/conversation';
import { maxReplyChars } from '../../../../shared/domain/reply-templates';
import { call } from '../../api/client';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { chinaToday } from './china-time';

const directionOfSide: Record<TranscriptSide, Direction> = { buyer: 'inbound', us: 'outbound', platform: 'from_platform' };

interface Row extends TranscriptMessage {
  key: number;
  direction: Direction;
  /** The time logged: the pasted one, else the previous message's, else the first pasted time, else now. */
  loggedAt: number;
}

const toRows = (messages: TranscriptMessage[], now: number): Row[] => {
  let previous = messages.find((m) => m.at !== null)?.at ?? now;
  return messages.map((m, key) => {
    const loggedAt = m.at ?? previous;
    previous = loggedAt;
    return { ...m, key, loggedAt, direction: m.side ? directionOfSide[m.side] : 'internal' };
  });
};

/** Paste → preview (who is who can be changed per speaker) → log. Nothing is logged before the agent confirms. */
export const TranscriptModal = ({ caseId, onClose, onDone }: { caseId: string; onClose: () => void; onDone: () => void }) => {
  const { t } = useTranslation('communications');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [ourNames, setOurNames] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = () => {
    const now = Date.now();
    const names = ourNames
      .split(/[,，、]/)
      .map((n) => n.trim())
      .filter(Boolean);
    setRows(toRows(parseTranscript(text, { today: chinaToday(now), ourNames: names }), now));
  };

  /** One speaker is one side: changing a row changes every row of that speaker. */
  const setDirection = (row: Row, direction: Direction) =>
    setRows(
      (all) =>
        all?.map((r) => (r.key === row.key || (row.speaker !== null && r.speaker === row.speaker) ? { ...r, direction } : r)) ?? null,
    );

  const log = async () => {
    if (!rows || rows.length === 0) return;
    setBusy(true);
    try {
      const result = await call('communications.logTranscript', {
        caseId,
        channel: 'platform_chat',
        messages: rows.map((r) => ({
          at: r.loggedAt,
          direction: r.direction,
          speaker: r.speaker ? r.speaker.slice(0, 60) : null,
          text: r.text.slice(0, maxReplyChars),
          parseNote: r.note,
        })),
      });
      void message.success(t('transcript.done', { count: result.added }));
      onDone();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const tooMany = (rows?.length ?? 0) > maxTranscriptMessages;
  const footer = rows ? (
    <Space>
      <Button onClick={() => setRows(null)}>{t('transcript.back')}</Button>
      <Button
        type="primary"
        disabled={rows.length === 0 || tooMany}
        loading={busy}
        onClick={() => void log()}
        data-testid="transcript-confirm"
      >
        {t('transcript.confirm', { count: rows.length })}
      </Button>
    </Space>
  ) : (
    <Button type="primary" disabled={text.trim() === ''} onClick={preview} data-testid="transcript-preview">
      {t('transcript.preview')}
    </Button>
  );

  return (
    <Modal open width={860} title={t('transcript.title')} onCancel={onClose} footer={footer} destroyOnHidden>
      {rows === null ? (
        <Form layout="vertical">
          <Typography.Paragraph type="secondary">{t('transcript.help')}</Typography.Paragraph>
          <Form.Item>
            <Input.TextArea
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize={{ minRows: 10, maxRows: 18 }}
              placeholder={t('transcript.placeholder')}
              data-testid="transcript-input"
            />
          </Form.Item>
          <Form.Item label={t('transcript.ourNames')} extra={t('transcript.ourNamesHelp')}>
            <Input value={ourNames} onChange={(e) => setOurNames(e.target.value)} maxLength={200} />
          </Form.Item>
        </Form>
      ) : rows.length === 0 ? (
        <Typography.Text type="secondary">{t('transcript.none')}</Typography.Text>
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          dataSource={rows}
          pagination={false}
          scroll={{ y: 420 }}
          data-testid="transcript-rows"
          columns={[
            {
              title: t('transcript.time'),
              width: 160,
              render: (_, r) =>
                r.at === null ? (
                  <Tag color="warning" className="transcript-no-time">
                    {t('transcript.noTime')}
                  </Tag>
                ) : (
                  formatTime(r.at)
                ),
            },
            { title: t('transcript.who'), width: 150, render: (_, r) => r.speaker ?? '—' },
            {
              title: t('transcript.side'),
              width: 130,
              render: (_, r) => (
                <Select<Direction>
                  size="small"
                  value={r.direction}
                  onChange={(d) => setDirection(r, d)}
                  className="transcript-direction"
                  options={directions.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
                />
              ),
            },
            {
              title: t('transcript.text'),
              render: (_, r) => (
                <div data-testid="transcript-row">
                  <div className="conversation-text">{r.text}</div>
                  {r.note && <Tag color="warning">{t(`parseNote.${r.note}`)}</Tag>}
                </div>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
};

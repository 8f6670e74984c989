import './conversation.css';
import { SnippetsOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Input, Radio, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import { directions, entryChannels, type Direction, type TimelineEntry } from '../../../../shared/contract/communications.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';
import { ReplyComposer } from '../templates/ReplyComposer';
import { instantOf } from './china-time';
import { ConversationEntry } from './ConversationEntry';
import { AttachButton, ConversationFiles } from './ConversationFiles';
import { CorrectModal, VoidModal } from './EntryModals';
import { TranscriptModal } from './TranscriptModal';

type EntryChannel = (typeof entryChannels)[number];
type Dialog = { kind: 'correct' | 'void'; entry: TimelineEntry } | { kind: 'transcript' } | null;

/** The other side speaks in these; their name (a buyer's nickname) is worth keeping. */
const fromThem = (d: Direction) => d === 'inbound' || d === 'from_platform';

/**
 * The case's conversation record: every contact as a timeline (buyer left, us right, notes centred, the platform
 * in purple), files on messages and on the case, corrections and voids kept struck through (shown on demand),
 * a pasted chat split into messages, and the form for the next entry.
 */
export const CaseConversation = ({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) => {
  const { t } = useTranslation(['communications', 'cases', 'templates']);
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const record = useCall('communications.list', { caseId: detail.id });
  const [direction, setDirection] = useState<Direction>('outbound');
  const [channel, setChannel] = useState<EntryChannel>('platform_chat');
  const [at, setAt] = useState<Dayjs | null>(null);
  const [speaker, setSpeaker] = useState('');
  const [showStruck, setShowStruck] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const canWrite = user.role !== 'inspector' && !detail.voided;

  const changed = () => {
    setDialog(null);
    record.reload();
    onChanged();
  };

  const pickDirection = (d: Direction) => {
    setDirection(d);
    // A note is not sent anywhere; going back to a message goes back to the chat.
    setChannel(d === 'internal' ? 'note' : channel === 'note' ? 'platform_chat' : channel);
  };

  const send = async (text: string, templateId: string | undefined): Promise<boolean> => {
    const happened = at ? instantOf(at) : null;
    setBusy(true);
    try {
      await call('communications.add', {
        caseId: detail.id,
        direction,
        channel,
        text,
        ...(happened !== null && { at: happened }),
        ...(fromThem(direction) && speaker.trim() && { speaker: speaker.trim() }),
        ...(templateId && { templateId }),
      });
      void message.success(t('cases:action.sent'));
      setAt(null);
      changed();
      return true;
    } catch (error) {
      void message.error(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const entries = record.data?.entries ?? [];
  const struckCount = entries.filter((e) => e.voided || e.correction).length;
  const shown = showStruck ? entries : entries.filter((e) => !e.voided && !e.correction);
  const caseFiles = record.data?.caseFiles ?? [];

  return (
    <Card
      size="small"
      title={t('title')}
      className="block-gap"
      data-testid="case-messages"
      extra={
        canWrite && (
          <Space size={4}>
            <Button
              size="small"
              icon={<SnippetsOutlined />}
              onClick={() => setDialog({ kind: 'transcript' })}
              data-testid="paste-transcript"
            >
              {t('action.paste')}
            </Button>
            <AttachButton caseId={detail.id} label={t('action.attachToCase')} onAdded={changed} />
          </Space>
        )
      }
    >
      {caseFiles.length > 0 && (
        <div data-testid="case-files">
          <Typography.Text type="secondary" className="small conversation-files-title">
            {t('files.caseFiles')}
          </Typography.Text>
          <ConversationFiles files={caseFiles} />
        </div>
      )}
      {struckCount > 0 && (
        <Space size={6} className="block-gap">
          <Switch size="small" checked={showStruck} onChange={setShowStruck} data-testid="show-struck" />
          <Typography.Text type="secondary" className="small">
            {t('showStruck', { count: struckCount })}
          </Typography.Text>
        </Space>
      )}
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      ) : (
        <div className="conversation-list">
          {shown.map((entry) => (
            <ConversationEntry
              key={entry.id}
              entry={entry}
              canWrite={canWrite}
              onCorrect={() => setDialog({ kind: 'correct', entry })}
              onVoid={() => setDialog({ kind: 'void', entry })}
              onChanged={changed}
            />
          ))}
        </div>
      )}
      {canWrite && (
        <Space direction="vertical" size={8} className="full-width case-message-form">
          <Radio.Group
            value={direction}
            onChange={(e) => pickDirection(e.target.value as Direction)}
            optionType="button"
            size="small"
            options={directions.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
          />
          <Space wrap size={8}>
            {direction !== 'internal' && (
              <Select<EntryChannel>
                size="small"
                value={channel}
                onChange={setChannel}
                className="channel-select"
                aria-label={t('field.channel')}
                data-testid="entry-channel"
                options={entryChannels.filter((c) => c !== 'note').map((c) => ({ value: c, label: t(`channel.${c}`) }))}
              />
            )}
            <DatePicker
              size="small"
              showTime
              format="YYYY-MM-DD HH:mm"
              value={at}
              onChange={setAt}
              placeholder={t('happenedAt')}
              title={t('happenedAtHelp')}
              data-testid="entry-at"
            />
            {fromThem(direction) && (
              <Input
                size="small"
                className="conversation-speaker"
                value={speaker}
                maxLength={60}
                onChange={(e) => setSpeaker(e.target.value)}
                placeholder={t('speakerPlaceholder')}
                aria-label={t('speaker')}
              />
            )}
          </Space>
          <ReplyComposer
            detail={detail}
            outbound={direction === 'outbound'}
            busy={busy}
            placeholder={t('cases:action.messagePlaceholder')}
            logLabel={direction === 'outbound' ? t('templates:composer.log') : t('cases:action.send')}
            onLog={send}
          />
        </Space>
      )}
      {dialog?.kind === 'correct' && <CorrectModal entry={dialog.entry} onClose={() => setDialog(null)} onDone={changed} />}
      {dialog?.kind === 'void' && <VoidModal entry={dialog.entry} onClose={() => setDialog(null)} onDone={changed} />}
      {dialog?.kind === 'transcript' && <TranscriptModal caseId={detail.id} onClose={() => setDialog(null)} onDone={changed} />}
    </Card>
  );
};

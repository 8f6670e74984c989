import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Direction, TimelineEntry } from '../../../../shared/contract/communications.contract';
import { formatTime } from '../../i18n/format';
import { AttachButton, ConversationFiles } from './ConversationFiles';

/** Buyer on the left, us on the right, notes in the middle; the platform on its side in its own colour. */
const placeOf: Record<Direction, string> = {
  inbound: 'buyer',
  from_platform: 'platform-in',
  outbound: 'us',
  to_platform: 'platform-out',
  internal: 'note',
};
const tagColor: Record<Direction, string> = {
  inbound: 'default',
  outbound: 'green',
  internal: 'gold',
  from_platform: 'purple',
  to_platform: 'purple',
};

export const ConversationEntry = ({
  entry,
  canWrite,
  onCorrect,
  onVoid,
  onChanged,
}: {
  entry: TimelineEntry;
  canWrite: boolean;
  onCorrect: () => void;
  onVoid: () => void;
  onChanged: () => void;
}) => {
  const { t } = useTranslation('communications');
  const struck = entry.voided !== null || entry.correction !== null;
  const who = entry.speaker ?? (entry.direction === 'inbound' || entry.direction === 'from_platform' ? null : entry.authorName);
  return (
    <div
      className={`conversation-row conversation-${placeOf[entry.direction]}`}
      data-testid="case-message"
      data-struck={struck || undefined}
    >
      <div className={`conversation-bubble${struck ? ' conversation-struck' : ''}`}>
        <Space size={4} wrap className="conversation-meta">
          <Tag color={tagColor[entry.direction]} className="conversation-tag">
            {t(`direction.${entry.direction}`)}
          </Tag>
          <Typography.Text type="secondary" className="small">
            {t(`channel.${entry.channel}`)}
            {who ? ` · ${who}` : ''} ·{' '}
            <Tooltip title={t('loggedAt', { time: formatTime(entry.loggedAt), name: entry.authorName ?? '—' })}>
              <span className="conversation-time">{formatTime(entry.at)}</span>
            </Tooltip>
          </Typography.Text>
          {entry.supersedesId && <Tag className="conversation-tag">{t('correctionOf')}</Tag>}
        </Space>
        <div className="conversation-text">{entry.text}</div>
        <ConversationFiles files={entry.files} />
        {entry.parseNote && (
          <Tag color="warning" className="conversation-tag">
            {t(`parseNote.${entry.parseNote as 'no_header' | 'no_time'}`, { defaultValue: entry.parseNote })}
          </Tag>
        )}
        {entry.voided && (
          <Typography.Text type="danger" className="small conversation-reason" data-testid="entry-voided">
            {t('voidedLine', { reason: entry.voided.reason, name: entry.voided.byName ?? '—', time: formatTime(entry.voided.at) })}
          </Typography.Text>
        )}
        {entry.correction && (
          <Typography.Text type="warning" className="small conversation-reason">
            {t('correctedLine', { reason: entry.correction.reason, time: formatTime(entry.correction.at) })}
          </Typography.Text>
        )}
        {canWrite && !struck && (
          <Space size={0} className="conversation-actions">
            <Button size="small" type="link" onClick={onCorrect} data-testid="entry-correct">
              {t('action.correct')}
            </Button>
            <Button size="small" type="link" danger onClick={onVoid} data-testid="entry-void">
              {t('action.void')}
            </Button>
            <AttachButton caseId={entry.caseId} communicationId={entry.id} label={t('action.attach')} onAdded={onChanged} />
          </Space>
        )}
      </div>
    </div>
  );
};

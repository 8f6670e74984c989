import { App, Card, Empty, Radio, Select, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import { channels, directions } from '../../../../shared/contract/communications.contract';
import { call } from '../../api/client';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { ReplyComposer } from '../templates/ReplyComposer';

type Direction = (typeof directions)[number];
type Channel = (typeof channels)[number];

const dotColor: Record<Direction, string> = { inbound: 'gray', outbound: 'green', internal: 'blue' };

/** The conversation with the buyer and internal notes, oldest first, with a form to add the next one. */
export const CaseMessages = ({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) => {
  const { t } = useTranslation(['cases', 'templates']);
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const [direction, setDirection] = useState<Direction>('outbound');
  const [channel, setChannel] = useState<Channel>('platform_chat');
  const [busy, setBusy] = useState(false);
  const canWrite = user.role !== 'inspector' && !detail.voided;

  const send = async (text: string, templateId: string | undefined): Promise<boolean> => {
    setBusy(true);
    try {
      await call('communications.add', { caseId: detail.id, direction, channel, text, ...(templateId && { templateId }) });
      void message.success(t('action.sent'));
      onChanged();
      return true;
    } catch (error) {
      void message.error(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('detail.timeline')} className="block-gap" data-testid="case-messages">
      {detail.communications.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noMessages')} />
      ) : (
        <Timeline
          items={detail.communications.map((m) => ({
            color: dotColor[m.direction],
            content: (
              <div className="case-message" data-testid="case-message">
                <Typography.Text type="secondary" className="small">
                  {formatTime(m.at)} · {t(`direction.${m.direction}`)} · {t(`channel.${m.channel}`)} · {m.authorName ?? '—'}
                </Typography.Text>
                <div className="case-message-text">{m.text}</div>
              </div>
            ),
          }))}
        />
      )}
      {canWrite && (
        <Space direction="vertical" size={8} className="full-width case-message-form">
          <Space wrap>
            <Radio.Group
              value={direction}
              onChange={(e) => setDirection(e.target.value as Direction)}
              optionType="button"
              size="small"
              options={directions.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
            />
            <Select<Channel>
              size="small"
              value={channel}
              onChange={setChannel}
              className="channel-select"
              options={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            />
          </Space>
          <ReplyComposer
            detail={detail}
            outbound={direction === 'outbound'}
            busy={busy}
            placeholder={t('action.messagePlaceholder')}
            logLabel={direction === 'outbound' ? t('templates:composer.log') : t('action.send')}
            onLog={send}
          />
        </Space>
      )}
    </Card>
  );
};

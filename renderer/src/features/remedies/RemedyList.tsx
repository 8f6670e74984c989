import { App, Button, Empty, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemediesView, RemedyView } from '../../../../shared/contract/remedies.contract';
import type { RemedyAnswer } from '../../../../shared/domain/remedies';
import { call } from '../../api/client';
import { formatFen, formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';

const answerColor: Record<RemedyAnswer, string> = { accepted: 'green', declined: 'red', counter_offer: 'orange' };

/** One offer: what it was, the buyer's answer, and the buttons that record the next step. */
const RemedyItem = ({ remedy, canAgree, onSaved }: { remedy: RemedyView; canAgree: boolean; onSaved: (view: RemediesView) => void }) => {
  const { t, i18n } = useTranslation('remedies');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [counter, setCounter] = useState<string | null>(null);
  const [voidReason, setVoidReason] = useState('');
  const live = remedy.voidedAt === null;
  const money = (fen: number | null) => formatFen(fen, i18n.language);

  const run = async (work: () => Promise<RemediesView>, done: string) => {
    try {
      onSaved(await work());
      void message.success(done);
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const answer = (value: RemedyAnswer, answerText?: string) =>
    run(() => call('remedies.answer', { remedyId: remedy.id, answer: value, ...(answerText && { answerText }) }), t('list.answered'));

  return (
    <div className={`remedy-item${live ? '' : ' remedy-voided'}`} data-testid="remedy-item" data-kind={remedy.kind}>
      <Space wrap size={6}>
        <Typography.Text strong delete={!live}>
          {t(`kind.${remedy.kind}`)}
          {remedy.amountFen !== null && ` ${money(remedy.amountFen)}`}
        </Typography.Text>
        {remedy.couponThresholdFen !== null && (
          <Typography.Text type="secondary">{t('list.threshold', { amount: money(remedy.couponThresholdFen) })}</Typography.Text>
        )}
        {remedy.couponExpiresAt !== null && (
          <Typography.Text type="secondary">{t('list.expires', { time: formatTime(remedy.couponExpiresAt) })}</Typography.Text>
        )}
        <Tag color={remedy.answer ? answerColor[remedy.answer] : 'default'} data-testid="remedy-answer">
          {t(`answer.${remedy.answer ?? 'none'}`)}
        </Tag>
        {remedy.agreedAt !== null && live && (
          <Tag color="blue" data-testid="remedy-agreed">
            {t('list.agreed')}
          </Tag>
        )}
      </Space>
      <div className="small">
        <Typography.Text type="secondary">
          {t('list.offeredBy', { time: formatTime(remedy.offeredAt), name: remedy.offeredByName ?? '—' })}
        </Typography.Text>
        {remedy.agreedAt !== null && (
          <Typography.Text type="secondary">
            {' '}
            · {t('list.agreedBy', { time: formatTime(remedy.agreedAt), name: remedy.agreedByName ?? '—' })}
          </Typography.Text>
        )}
      </div>
      {remedy.note && <div className="remedy-note-text">{remedy.note}</div>}
      {remedy.answerText && <div className="remedy-note-text">{t('list.counter', { text: remedy.answerText })}</div>}
      {!live && <Typography.Text type="warning">{t('list.voided', { reason: remedy.voidReason ?? '' })}</Typography.Text>}
      {live && (
        <Space wrap size={6} className="remedy-actions">
          {remedy.answer === null && (
            <>
              <Button size="small" onClick={() => void answer('accepted')} data-testid="remedy-accept">
                {t('list.accept')}
              </Button>
              <Button size="small" onClick={() => void answer('declined')} data-testid="remedy-decline">
                {t('list.decline')}
              </Button>
              <Button size="small" onClick={() => setCounter(counter === null ? '' : null)}>
                {t('list.counterOffer')}
              </Button>
            </>
          )}
          {canAgree && remedy.agreedAt === null && remedy.answer !== 'declined' && (
            <Button
              size="small"
              type="primary"
              ghost
              onClick={() => void run(() => call('remedies.agree', { remedyId: remedy.id }), t('list.agreedDone'))}
              data-testid="remedy-agree"
            >
              {t('list.markAgreed')}
            </Button>
          )}
          <Popconfirm
            title={
              <Input
                value={voidReason}
                onChange={(e) => setVoidReason(e.target.value)}
                placeholder={t('list.withdrawReason')}
                maxLength={500}
              />
            }
            okText={t('list.withdrawConfirm')}
            onConfirm={() => run(() => call('remedies.void', { remedyId: remedy.id, voidReason }), t('list.withdrawn'))}
          >
            <Button size="small" danger type="text">
              {t('list.withdraw')}
            </Button>
          </Popconfirm>
        </Space>
      )}
      {counter !== null && remedy.answer === null && (
        <Space.Compact className="full-width remedy-counter">
          <Input value={counter} onChange={(e) => setCounter(e.target.value)} placeholder={t('list.counterText')} maxLength={500} />
          <Button onClick={() => void answer('counter_offer', counter.trim())}>{t('list.saveCounter')}</Button>
        </Space.Compact>
      )}
    </div>
  );
};

/** Every offer on the case, oldest first, withdrawn ones struck through but kept. */
export const RemedyList = ({ view, onSaved }: { view: RemediesView; onSaved: (view: RemediesView) => void }) => {
  const { t } = useTranslation('remedies');
  if (view.remedies.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.empty')} />;
  const hasAgreed = view.remedies.some((r) => r.agreedAt !== null && r.voidedAt === null);
  return (
    <div className="remedy-list" data-testid="remedy-list">
      {view.remedies.map((r) => (
        <RemedyItem key={r.id} remedy={r} canAgree={!hasAgreed} onSaved={onSaved} />
      ))}
    </div>
  );
};

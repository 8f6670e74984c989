import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AqlScheme } from '../../../../shared/contract/aql.contract';

const modeColor = { normal: 'blue', tightened: 'orange', reduced: 'green', discontinued: 'red' } as const;

interface Props {
  scheme: AqlScheme;
  owner: boolean;
  onDecide: (action: 'approveReduced' | 'endReduced' | 'resume', reason: string) => Promise<void>;
}

/** The supplier/product's inspection severity, why it is what it is, and the owner's switching decisions. */
export const SchemeCard = ({ scheme, owner, onDecide }: Props) => {
  const { t } = useTranslation('aql');
  const [reason, setReason] = useState('');
  const results =
    scheme.resultsSinceSwitch.length === 0
      ? t('scheme.noResults')
      : scheme.resultsSinceSwitch
          .slice(-5)
          .map((ok) => (ok ? t('scheme.resultAccept') : t('scheme.resultReject')))
          .join(' ');
  const acceptedInRow = scheme.resultsSinceSwitch.length - (scheme.resultsSinceSwitch.lastIndexOf(false) + 1);
  const action = scheme.canApproveReduced
    ? 'approveReduced'
    : scheme.mode === 'reduced'
      ? 'endReduced'
      : scheme.mode === 'discontinued'
        ? 'resume'
        : null;
  return (
    <Card size="small" title={t('scheme.title')} data-testid="aql-scheme">
      <Space orientation="vertical" size={6} className="full-width">
        <Tag color={modeColor[scheme.mode]} data-testid="aql-scheme-mode">
          {t('scheme.now', { mode: t(`severity.${scheme.mode}`) })}
        </Tag>
        <Typography.Text>{t(`scheme.explain.${scheme.mode}`)}</Typography.Text>
        <Typography.Text type="secondary">
          {t(`scheme.progress.${scheme.mode}`, {
            results,
            score: scheme.switchingScore,
            accepted: acceptedInRow,
            rejected: scheme.rejectedOnTightened,
            count: scheme.resultsSinceSwitch.length,
          })}
        </Typography.Text>
        {scheme.switches.length > 0 && (
          <div data-testid="aql-switches">
            <Typography.Text strong>{t('scheme.history')}</Typography.Text>
            {scheme.switches.slice(0, 5).map((entry) => (
              <div key={`${entry.at}-${entry.reason}`}>
                <Typography.Text type="secondary">
                  {entry.lotCode
                    ? t('scheme.switchAt', { date: dayjs(entry.at).format('YYYY-MM-DD'), lot: entry.lotCode })
                    : t('scheme.switchAtNoLot', { date: dayjs(entry.at).format('YYYY-MM-DD') })}
                </Typography.Text>{' '}
                <span data-testid="aql-switch-reason">{t(`scheme.reason.${entry.reason}`)}</span>
              </div>
            ))}
          </div>
        )}
        {owner && action && (
          <Space.Compact className="full-width">
            <Input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} placeholder={t('scheme.actionReason')} />
            <Button
              disabled={reason.trim() === ''}
              onClick={() => void onDecide(action, reason.trim()).then(() => setReason(''))}
              data-testid="aql-scheme-action"
            >
              {t(`scheme.${action}`)}
            </Button>
          </Space.Compact>
        )}
      </Space>
    </Card>
  );
};

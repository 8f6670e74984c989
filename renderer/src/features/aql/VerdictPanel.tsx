import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AqlLotView } from '../../../../shared/contract/aql.contract';

type Inspection = NonNullable<AqlLotView['inspection']>;

interface Props {
  inspection: Inspection;
  owner: boolean;
  busy: boolean;
  onComplete: () => Promise<void>;
  onDispose: (disposition: 'return_to_supplier' | 'sort_100') => Promise<void>;
  onConcede: (reason: string) => Promise<void>;
}

/** Completing the inspection, and what happens to a rejected (held) lot. */
export const VerdictPanel = ({ inspection, owner, busy, onComplete, onDispose, onConcede }: Props) => {
  const { t } = useTranslation('aql');
  const [reason, setReason] = useState('');
  if (inspection.state === 'draft')
    return inspection.verdict === 'open' ? null : (
      <Button
        type="primary"
        danger={inspection.verdict === 'reject'}
        size="large"
        onClick={() => void onComplete()}
        loading={busy}
        data-testid="aql-complete"
      >
        {t('result.complete')}
      </Button>
    );
  const rejected = inspection.verdict === 'reject';
  return (
    <Card size="small" data-testid="aql-result">
      <Space orientation="vertical" className="full-width">
        <Alert
          type={!rejected ? 'success' : inspection.disposition === 'concession' ? 'warning' : 'error'}
          showIcon
          title={!rejected ? t('result.accepted') : inspection.disposition === 'concession' ? t('result.conceded') : t('result.rejected')}
          data-testid="aql-lot-verdict"
        />
        {rejected && inspection.disposition !== null && (
          <Typography.Text data-testid="aql-disposition">
            {t(`result.disposition.${inspection.disposition}`)}
            {inspection.dispositionReason ? ` · ${t('result.reason', { reason: inspection.dispositionReason })}` : ''}
          </Typography.Text>
        )}
        {rejected && inspection.disposition === null && (
          <>
            <Typography.Text strong>{t('result.dispose')}</Typography.Text>
            <Space wrap>
              <Button onClick={() => void onDispose('return_to_supplier')} disabled={busy} data-testid="aql-return">
                {t('result.returnToSupplier')}
              </Button>
              <Button onClick={() => void onDispose('sort_100')} disabled={busy} data-testid="aql-sort">
                {t('result.sort100')}
              </Button>
            </Space>
            {owner && (
              <Space.Compact className="full-width">
                <Input
                  value={reason}
                  maxLength={500}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder={t('result.concedeReason')}
                  data-testid="aql-concede-reason"
                />
                <Button disabled={busy || reason.trim() === ''} onClick={() => void onConcede(reason.trim())} data-testid="aql-concede">
                  {t('result.concedeOk')}
                </Button>
              </Space.Compact>
            )}
          </>
        )}
      </Space>
    </Card>
  );
};

import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScanLookupOutput } from '../../../../shared/contract/scan.contract';
import { formatTime } from '../../i18n/format';
import { statusColor } from './CaseClaim';
import { RecordUnmatched } from './RecordUnmatched';

interface Props {
  result: ScanLookupOutput;
  onPick: (caseId: string) => void;
  onRecorded: () => void;
  canRecord: boolean;
}

/** Several matches → a short pick list (number keys pick); none → what was found instead and "record unmatched". */
export const ScanResults = ({ result, onPick, onRecorded, canRecord }: Props) => {
  const { t } = useTranslation('scan');
  if (result.cases.length > 1) {
    return (
      <Card title={t('result.pickTitle', { count: result.cases.length })} data-testid="pick-list">
        {result.truncated && <Alert type="info" showIcon title={t('result.truncated')} className="gap-bottom" />}
        <List
          dataSource={result.cases}
          renderItem={(c, index) => (
            <List.Item className="pick-item" onClick={() => onPick(c.id)} data-testid="pick-item">
              <Space size="middle" wrap>
                <span className="pick-number">{index < 9 ? index + 1 : ''}</span>
                <Typography.Text strong>{c.caseNumber}</Typography.Text>
                <Tag color={statusColor(c)}>{t(`enum.status.${c.status}`)}</Tag>
                <span>{t(`enum.caseType.${c.type}`)}</span>
                <Tag color="volcano">{t(`enum.reason.${c.reasonCategory}`)}</Tag>
                <Typography.Text type="secondary">{[c.productTitle, c.skuSpec].filter(Boolean).join(' ')}</Typography.Text>
                <Typography.Text type="secondary">{formatTime(c.requestedAt)}</Typography.Text>
                <Tag>{t('result.matchedBy', { kind: t(`kind.${c.matchedBy}`) })}</Tag>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    );
  }
  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="no-match">
      {result.orders.map((o) => (
        <Alert
          key={o.id}
          type="warning"
          showIcon
          title={t('result.orderNoCase', { number: o.orderNumber })}
          description={t('result.orderNoCaseHint')}
        />
      ))}
      {result.skus.map((s) => (
        <Alert
          key={s.id}
          type="info"
          showIcon
          title={t('result.skuInfo', { code: s.code, name: s.productName, spec: s.spec ?? '' })}
          description={s.openCaseCount === 0 ? t('result.skuNoOpen') : undefined}
        />
      ))}
      <Alert
        type="error"
        showIcon
        className="loud-flag"
        data-testid="no-match-alert"
        title={t('result.noneTitle', { code: result.code })}
        description={
          <>
            {t('result.noneHint')}
            {result.unmatchedParcelIds.length > 0 && <div>{t('result.seenBefore', { count: result.unmatchedParcelIds.length })}</div>}
          </>
        }
      />
      {canRecord && <RecordUnmatched code={result.code} onRecorded={onRecorded} />}
    </Space>
  );
};

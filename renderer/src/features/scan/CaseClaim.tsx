import { CheckCircleFilled, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReceiptFlag } from '../../../../shared/contract/receiving.contract';
import type { CaseCard } from '../../../../shared/contract/scan.contract';
import { packageConditions, type PackageCondition } from '../../../../shared/domain/inspection';
import { formatFen, formatTime } from '../../i18n/format';
import { PhotoStrip } from './PhotoStrip';

export const statusColor = (card: CaseCard): string =>
  card.voided || card.finished ? 'red' : card.status === 'inspected' ? 'green' : card.status === 'received' ? 'blue' : 'orange';

export const ReceiptFlags = ({ flags, card }: { flags: readonly ReceiptFlag[]; card: CaseCard }) => {
  const { t } = useTranslation('scan');
  if (flags.length === 0) return null;
  return (
    <Space orientation="vertical" className="full-width" data-testid="receipt-flags">
      {flags.map((flag) => (
        <Alert
          key={flag}
          type="error"
          showIcon
          className="loud-flag"
          data-testid={`flag-${flag}`}
          title={t(`flag.${flag}`, { status: t(`enum.status.${card.status}`) })}
        />
      ))}
    </Space>
  );
};

interface Props {
  card: CaseCard;
  condition: PackageCondition;
  onCondition: (c: PackageCondition) => void;
  note: string;
  onNote: (n: string) => void;
  onReceive: () => void;
  receiving: boolean;
  canReceive: boolean;
}

/** The customer's side: what was claimed, and the parcel's receipt. */
export const CaseClaim = ({ card, condition, onCondition, note, onNote, onReceive, receiving, canReceive }: Props) => {
  const { t, i18n } = useTranslation('scan');
  return (
    <Card
      className="claim-card"
      data-testid="case-claim"
      title={
        <Space>
          <span>{t('claim.title')}</span>
          <Tag color={statusColor(card)} data-testid="case-status">
            {t(`enum.status.${card.status}`)}
          </Tag>
        </Space>
      }
    >
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 110 } }}
        items={[
          {
            key: 'case',
            label: t('claim.caseNumber'),
            children: (
              <Typography.Text strong copyable data-testid="case-number">
                {card.caseNumber}
              </Typography.Text>
            ),
          },
          { key: 'order', label: t('claim.order'), children: <Typography.Text copyable>{card.orderNumber}</Typography.Text> },
          { key: 'type', label: t('claim.type'), children: t(`enum.caseType.${card.type}`) },
          {
            key: 'reason',
            label: t('claim.reason'),
            children: (
              <Space orientation="vertical" size={0}>
                <Tag color="volcano" className="reason-tag">
                  {t(`enum.reason.${card.reasonCategory}`)}
                </Tag>
                {card.reasonText && <Typography.Text type="secondary">“{card.reasonText}”</Typography.Text>}
              </Space>
            ),
          },
          { key: 'qty', label: t('claim.quantity'), children: card.requestedQuantity },
          { key: 'refund', label: t('claim.refund'), children: formatFen(card.refundFen, i18n.language) },
          {
            key: 'sku',
            label: t('claim.sku'),
            children: [card.productTitle, card.skuCode, card.skuSpec].filter(Boolean).join(' · ') || '—',
          },
          {
            key: 'tracking',
            label: t('claim.tracking'),
            children: [card.returnCourier, card.returnTrackingNumber].filter(Boolean).join(' ') || '—',
          },
          { key: 'at', label: t('claim.requestedAt'), children: formatTime(card.requestedAt) },
        ]}
      />
      <Typography.Text type="secondary" className="photos-label">
        {t('claim.photos')}
      </Typography.Text>
      <PhotoStrip ownerKind="case" ownerId={card.id} readOnly testId="claim-photos" />

      <div className="receive-box" data-testid="receive-box">
        {card.receivedAt !== null ? (
          <Space orientation="vertical" className="full-width">
            <Typography.Text className="received-line" data-testid="received-line">
              <CheckCircleFilled className="ok-icon" />{' '}
              {t('receive.done', {
                time: formatTime(card.receivedAt),
                name: card.receivedByName ?? '—',
                condition: card.packageCondition ? t(`enum.condition.${card.packageCondition}`) : '—',
              })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('receive.photos')}</Typography.Text>
            <PhotoStrip ownerKind="receipt" ownerId={card.id} readOnly={!canReceive} testId="receipt-photos" />
          </Space>
        ) : (
          <Space orientation="vertical" className="full-width">
            <Typography.Text strong>{t('receive.condition')}</Typography.Text>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="large"
              value={condition}
              onChange={(e) => onCondition(e.target.value as PackageCondition)}
              options={packageConditions.map((c) => ({ value: c, label: t(`enum.condition.${c}`) }))}
            />
            <Input placeholder={t('receive.note')} value={note} onChange={(e) => onNote(e.target.value)} maxLength={500} />
            <Button
              type="primary"
              size="large"
              block
              icon={<InboxOutlined />}
              loading={receiving}
              disabled={!canReceive}
              onClick={onReceive}
              data-testid="receive-button"
            >
              {t('receive.button')} (Alt+R)
            </Button>
          </Space>
        )}
      </div>
    </Card>
  );
};

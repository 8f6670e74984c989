import { Alert, Card, Descriptions, Drawer, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { formatFen, formatTime } from '../../i18n/format';
import { CaseClocks } from '../clocks/CaseClocks';
import { CaseActions } from './CaseActions';
import { CaseAudit } from './CaseAudit';
import { CaseDeadline } from './CaseDeadline';
import { CaseInspections, CasePhotos } from './CaseInspections';
import { CaseConversation } from '../communications/CaseConversation';
import { StatusTag } from './StatusTag';
import { CaseRemedies } from '../remedies/CaseRemedies';
import { useErrorText } from '../../ui/error-text';
import { CaseLawVerdict } from '../law/CaseLawVerdict';
import { EscalationCard } from '../escalation/EscalationCard';
import { EvidenceCard } from '../evidence/EvidenceCard';
import { CauseCard } from '../causes/CauseCard';

interface Props {
  caseId: string;
  onClose: () => void;
  /** Tells the list to reload after a change here. */
  onChanged: () => void;
}

/** One case: deadline first, then what to do, the order, what the warehouse found, messages and the audit trail. */
export const CaseDetailDrawer = ({ caseId, onClose, onChanged }: Props) => {
  const { t, i18n } = useTranslation('cases');
  const errorText = useErrorText();
  const detail = useCall('cases.get', { id: caseId });
  const c = detail.data;
  const refresh = () => {
    detail.reload();
    onChanged();
  };

  return (
    <Drawer
      open
      width={860}
      onClose={onClose}
      destroyOnHidden
      title={
        c ? (
          <Space size={12} wrap>
            <span data-testid="case-detail-number">{c.caseNumber}</span>
            <StatusTag row={c} />
            <Tag>{t(`type.${c.type}`)}</Tag>
            {c.dispute && <Tag color="red">{t('detail.dispute')}</Tag>}
          </Space>
        ) : (
          t('detail.loading')
        )
      }
    >
      {detail.error && <Alert type="error" showIcon title={errorText(detail.error)} />}
      {!c && !detail.error && <Skeleton active />}
      {c && (
        <div data-testid="case-detail" className="case-detail">
          {c.voided && <Alert type="warning" showIcon title={t('detail.voided')} className="block-gap" />}
          <CaseDeadline detail={c} />
          <CaseActions detail={c} onChanged={refresh} />
          <CaseLawVerdict caseId={c.id} voided={c.voided} />
          <CaseClocks detail={c} onChanged={refresh} />
          <EscalationCard detail={c} onChanged={refresh} />
          <Card size="small" title={t('detail.order')} className="block-gap">
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('detail.orderNumber')}>
                <Typography.Text copyable className="mono">
                  {c.orderNumber}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.requestedAt')}>{formatTime(c.requestedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.sku')}>
                {c.productName ?? '—'}{' '}
                {c.skuCode && (
                  <Typography.Text type="secondary">
                    ({c.skuCode}
                    {c.specText ? ` · ${c.specText}` : ''})
                  </Typography.Text>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.lot')}>{c.lotCode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('detail.supplier')}>{c.supplierName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('col.reason')}>{t(`reason.${c.reasonCategory}`)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.quantity')}>{c.requestedQuantity}</Descriptions.Item>
              <Descriptions.Item label={t('detail.refund')}>{formatFen(c.refundFen, i18n.language)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.paidAt')}>{formatTime(c.order.paidAt)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.signedAt')}>{formatTime(c.order.signedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.confirmedAt')}>{formatTime(c.order.confirmedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.tracking')}>
                {[c.order.courier, c.order.trackingNumber].filter(Boolean).join(' ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.returnTracking')}>
                {[c.returnCourier, c.returnTrackingNumber].filter(Boolean).join(' ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.receivedAt')}>{formatTime(c.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.suggestion')}>
                {c.suggestedOutcome
                  ? `${t(`outcome.${c.suggestedOutcome}`)}${c.suggestedRefundFen !== null ? ` · ${formatFen(c.suggestedRefundFen, i18n.language)}` : ''}`
                  : '—'}
              </Descriptions.Item>
              {c.reasonText && (
                <Descriptions.Item label={t('detail.reasonText')} span={2}>
                  {c.reasonText}
                </Descriptions.Item>
              )}
              {c.resolution && (
                <Descriptions.Item label={t('detail.resolution')} span={2}>
                  {c.resolution}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {c.attachments.length > 0 && (
            <Card size="small" title={t('detail.photosLabel')} className="block-gap">
              <CasePhotos ids={c.attachments.map((a) => a.id)} testId="case-photos" />
            </Card>
          )}
          <CaseInspections inspections={c.inspections} />
          <CaseRemedies caseId={c.id} onChanged={refresh} />
          <CaseConversation detail={c} onChanged={refresh} />
          <EvidenceCard caseId={c.id} onChanged={refresh} />
          <CauseCard caseId={c.id} voided={c.voided} onChanged={refresh} />
          <CaseAudit entries={c.audit} />
        </div>
      )}
    </Drawer>
  );
};

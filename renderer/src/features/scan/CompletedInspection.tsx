import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../../shared/contract/inspections.contract';
import type { CaseCard } from '../../../../shared/contract/scan.contract';
import { formatFen, formatList, formatTime } from '../../i18n/format';
import { PhotoStrip } from './PhotoStrip';

/** What customer service acts on: the suggested outcome, and the finished inspection as evidence. */
export const SuggestionBanner = ({ card }: { card: CaseCard }) => {
  const { t, i18n } = useTranslation('scan');
  if (!card.suggestedOutcome) return null;
  return (
    <Alert
      type={card.suggestedOutcome === 'reject_with_evidence' ? 'warning' : 'success'}
      showIcon
      data-testid="suggestion"
      title={t('suggestion.title')}
      description={
        <Typography.Text strong className="suggestion-text">
          {t(`suggestion.${card.suggestedOutcome}`, { amount: formatFen(card.suggestedRefundFen, i18n.language) })}
        </Typography.Text>
      }
    />
  );
};

export const CompletedInspection = ({ inspection }: { inspection: Inspection }) => {
  const { t, i18n } = useTranslation('scan');
  const zh = i18n.language === 'zh-CN';
  const value = (group: string, v: string | null) => (v ? t(`enum.${group}.${v}`) : '—');
  return (
    <Card
      size="small"
      className={inspection.state === 'voided' ? 'voided-inspection' : undefined}
      data-testid="completed-inspection"
      title={
        <Space>
          {inspection.state === 'voided' ? (
            <Tag color="default">{t('form.voided', { reason: inspection.voidReason ?? '' })}</Tag>
          ) : (
            <CheckCircleFilled className="ok-icon" />
          )}
          {t('form.completedBy', { name: inspection.inspectorName, time: formatTime(inspection.completedAt) })}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'grade', label: t('form.grade'), children: <Typography.Text strong>{inspection.grade ?? '—'}</Typography.Text> },
          { key: 'claim', label: t('form.claimMatch'), children: value('claimMatch', inspection.claimMatch) },
          { key: 'fault', label: t('form.fault'), children: value('fault', inspection.fault) },
          { key: 'disp', label: t('form.disposition'), children: value('disposition', inspection.disposition) },
          {
            key: 'defects',
            label: t('form.defects'),
            span: 2,
            children: inspection.defects.length
              ? inspection.defects.map((d) => (
                  <Tag key={d.id}>
                    {zh ? d.nameZh : d.nameEn} ×{d.quantity} · {t(`enum.defectClass.${d.class}`)}
                    {d.note ? ` · ${d.note}` : ''}
                  </Tag>
                ))
              : t('form.noDefects'),
          },
          {
            key: 'missing',
            label: t('form.missingParts'),
            span: 2,
            children: inspection.missingParts.length
              ? formatList(
                  inspection.missingParts.map((p) => t(`enum.missingPart.${p}`, { defaultValue: p })),
                  i18n.language,
                )
              : '—',
          },
          { key: 'notes', label: t('form.notes'), span: 2, children: inspection.notes ?? '—' },
        ]}
      />
      <PhotoStrip ownerKind="inspection" ownerId={inspection.id} readOnly testId="completed-photos" />
    </Card>
  );
};

import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import { formatTime } from '../../i18n/format';
import { PhotoThumb } from '../../ui/PhotoThumb';

const classColor = { critical: 'red', major: 'orange', minor: 'default' } as const;

/** What the warehouse found: grade, disposition, whether the claim holds, defects with their class. */
export const CaseInspections = ({ inspections }: { inspections: CaseDetail['inspections'] }) => {
  const { t, i18n } = useTranslation('cases');
  const english = i18n.language === 'en-US';
  return (
    <Card size="small" title={t('detail.inspections')} className="block-gap">
      {inspections.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noInspections')} />}
      <Space direction="vertical" size={12} className="full-width">
        {inspections.map((i) => (
          <div key={i.id} className="case-inspection" data-testid="case-inspection">
            <Space size={8} wrap className="case-inspection-head">
              {i.grade && <Tag color={i.grade === 'D' ? 'red' : i.grade === 'C' ? 'orange' : 'green'}>{t(`grade.${i.grade}`)}</Tag>}
              {i.disposition && <Tag>{t(`disposition.${i.disposition}`)}</Tag>}
              {i.claimMatch && <Tag color={i.claimMatch === 'no' ? 'purple' : 'blue'}>{t(`claimMatch.${i.claimMatch}`)}</Tag>}
              <Typography.Text type="secondary">
                {t('detail.inspector')}: <span data-testid="case-inspection-inspector">{i.inspectorName ?? '—'}</span> ·{' '}
                {formatTime(i.completedAt ?? i.startedAt)}
              </Typography.Text>
              {i.state !== 'completed' && (
                <Tag color={i.state === 'voided' ? 'default' : 'gold'}>{t(`inspectionState.${i.state}`, { defaultValue: i.state })}</Tag>
              )}
            </Space>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('detail.fault')}>{i.fault ? t(`fault.${i.fault}`) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('detail.photosLabel')}>
                {i.attachments.length === 0 ? '—' : <CasePhotos ids={i.attachments.map((a) => a.id)} testId="case-inspection-photos" />}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.defects')} span={2}>
                {i.defects.length === 0
                  ? t('detail.noDefects')
                  : i.defects.map((d) => (
                      <Tag key={d.code} color={classColor[d.class]}>
                        {english ? d.nameEn : d.nameZh} ×{d.quantity} · {t(`defectClass.${d.class}`)}
                      </Tag>
                    ))}
              </Descriptions.Item>
              {i.notes && (
                <Descriptions.Item label={t('detail.notes')} span={2}>
                  {i.notes}
                </Descriptions.Item>
              )}
            </Descriptions>
          </div>
        ))}
      </Space>
    </Card>
  );
};

/** Thumbnails; a click opens the full-size photo (loaded only then). */
export const CasePhotos = ({ ids, testId }: { ids: string[]; testId: string }) => (
  <Space wrap size={6} data-testid={testId}>
    {ids.map((id) => (
      <PhotoThumb key={id} id={id} size={64} />
    ))}
  </Space>
);

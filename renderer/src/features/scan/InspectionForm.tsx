import { CheckOutlined, CloudSyncOutlined, ExclamationCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Divider, Input, InputNumber, Radio, Space, Typography } from 'antd';
import type { RefSelectProps } from 'antd/es/select';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { claimMatches, dispositions, faultParties, grades, type Grade } from '../../../../shared/domain/inspection';
import { DefectPicker } from './DefectPicker';
import { useErrorText } from '../../ui/error-text';
import type { InspectionFormState } from './inspection-form-state';
import { PhotoStrip } from './PhotoStrip';
import { LotLabelField } from '../lots/LotLabelField';
import type { SaveState } from './useInspectionDraft';

const presetMissingParts = ['tag', 'manual', 'box', 'accessory', 'gift', 'charger', 'invoice'] as const;

/** Clock time in the merchant's zone (China time), like every other time on the screens. */
export const timeOfDay = (ms: number) => new Date(ms).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });

export const SaveIndicator = ({ save }: { save: SaveState }) => {
  const { t } = useTranslation('scan');
  const errorText = useErrorText();
  switch (save.kind) {
    case 'idle':
      return (
        <Typography.Text type="secondary" data-testid="save-state">
          {t('save.idle')}
        </Typography.Text>
      );
    case 'saving':
      return (
        <Typography.Text type="secondary" data-testid="save-state">
          <CloudSyncOutlined /> {t('save.saving')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="success" data-testid="save-state">
          <CheckOutlined /> {t('save.saved', { time: timeOfDay(save.at) })}
        </Typography.Text>
      );
    case 'failed':
      return (
        <Typography.Text type="danger" data-testid="save-state">
          <ExclamationCircleFilled /> {t('save.failed', { message: errorText(save.error) })}
        </Typography.Text>
      );
  }
};

interface Props {
  form: InspectionFormState;
  update: (change: (f: InspectionFormState) => InspectionFormState, typing?: boolean) => void;
  save: SaveState;
  draftId: string | null;
  ensureDraft: () => Promise<string>;
  onComplete: () => void;
  completing: boolean;
  canComplete: boolean;
  defectSearchRef: RefObject<RefSelectProps | null>;
}

/** The inspector's side. Big targets; every choice is one click or one key; everything autosaves. */
export const InspectionForm = ({
  form,
  update,
  save,
  draftId,
  ensureDraft,
  onComplete,
  completing,
  canComplete,
  defectSearchRef,
}: Props) => {
  const { t } = useTranslation('scan');
  const [otherPart, setOtherPart] = useState('');
  const customParts = form.missingParts.filter((p) => !(presetMissingParts as readonly string[]).includes(p));

  return (
    <Card
      className="inspection-card"
      data-testid="inspection-form"
      title={
        <Space>
          <SafetyCertificateOutlined />
          {t('form.title')}
        </Space>
      }
      extra={<SaveIndicator save={save} />}
    >
      <div className="form-row">
        <Typography.Text strong className="form-label">
          {t('form.grade')}
        </Typography.Text>
        <div className="grade-buttons">
          {grades.map((g: Grade, i) => (
            <Button
              key={g}
              className={`grade-button${form.grade === g ? ' selected' : ''}`}
              type={form.grade === g ? 'primary' : 'default'}
              onClick={() => update((f) => ({ ...f, grade: g }))}
              data-testid={`grade-${g}`}
              aria-pressed={form.grade === g}
            >
              <span className="grade-letter">{g}</span>
              <span className="grade-hint">{t(`form.gradeHint.${g}`)}</span>
              <span className="key-hint">{i + 1}</span>
            </Button>
          ))}
        </div>
      </div>

      <div className="form-row">
        <Typography.Text strong className="form-label">
          {t('form.claimMatch')}
        </Typography.Text>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          value={form.claimMatch}
          onChange={(e) => update((f) => ({ ...f, claimMatch: e.target.value as InspectionFormState['claimMatch'] }))}
          options={claimMatches.map((c) => ({
            value: c,
            label: (
              <span
                data-testid={`claim-${c}`}
              >{`${t(`enum.claimMatch.${c}`)} (Alt+${c === 'yes' ? 'Y' : c === 'partly' ? 'P' : 'N'})`}</span>
            ),
          }))}
        />
      </div>

      <div className="form-row">
        <Typography.Text strong className="form-label">
          {t('form.fault')}
        </Typography.Text>
        <Radio.Group
          optionType="button"
          size="large"
          value={form.fault}
          onChange={(e) => update((f) => ({ ...f, fault: e.target.value as InspectionFormState['fault'], faultChosen: true }))}
          options={faultParties.map((p) => ({ value: p, label: <span data-testid={`fault-${p}`}>{t(`enum.fault.${p}`)}</span> }))}
        />
      </div>

      <div className="form-row">
        <Typography.Text strong className="form-label">
          {t('form.disposition')}
        </Typography.Text>
        <Radio.Group
          optionType="button"
          size="large"
          className="wrap-radios"
          value={form.disposition}
          onChange={(e) =>
            update((f) => ({ ...f, disposition: e.target.value as InspectionFormState['disposition'], dispositionChosen: true }))
          }
          options={dispositions.map((d) => ({
            value: d,
            label: <span data-testid={`disposition-${d}`}>{t(`enum.disposition.${d}`)}</span>,
          }))}
        />
      </div>

      <Divider titlePlacement="start" plain>
        {t('form.defects')}
      </Divider>
      <DefectPicker
        lines={form.defects}
        onChange={(defects, typing) => update((f) => ({ ...f, defects }), typing)}
        readOnly={false}
        searchRef={defectSearchRef}
      />

      <Divider titlePlacement="start" plain>
        {t('form.missingParts')}
      </Divider>
      <Space wrap>
        <Checkbox.Group
          value={form.missingParts}
          onChange={(values) => update((f) => ({ ...f, missingParts: values }))}
          options={[
            ...presetMissingParts.map((p) => ({ value: p, label: t(`enum.missingPart.${p}`) })),
            ...customParts.map((p) => ({ value: p, label: p })),
          ]}
        />
        <Input
          size="small"
          className="other-part"
          placeholder={t('form.missingOther')}
          value={otherPart}
          maxLength={60}
          onChange={(e) => setOtherPart(e.target.value)}
          onPressEnter={() => {
            const part = otherPart.trim();
            if (part) update((f) => ({ ...f, missingParts: [...new Set([...f.missingParts, part])] }));
            setOtherPart('');
          }}
        />
      </Space>

      <Divider titlePlacement="start" plain>
        {t('form.notes')}
      </Divider>
      <Space align="start" className="full-width notes-row">
        <Space orientation="vertical" size={2}>
          <Typography.Text type="secondary">{t('form.quantity')}</Typography.Text>
          <InputNumber
            size="large"
            min={1}
            max={9999}
            value={form.quantity}
            onChange={(v) => v && update((f) => ({ ...f, quantity: v }), true)}
          />
        </Space>
        <Input.TextArea
          className="notes"
          data-testid="inspection-notes"
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={2000}
          placeholder={t('form.notesPlaceholder')}
          value={form.notes}
          onChange={(e) => update((f) => ({ ...f, notes: e.target.value }), true)}
        />
      </Space>

      <Divider titlePlacement="start" plain>
        {t('form.photos')}
      </Divider>
      <PhotoStrip ownerKind="inspection" ownerId={draftId} ensureOwner={ensureDraft} takesPaste testId="inspection-photos" />
      <LotLabelField inspectionId={draftId} ensureInspection={ensureDraft} />

      <Button
        type="primary"
        size="large"
        block
        className="complete-button"
        icon={<CheckOutlined />}
        loading={completing}
        disabled={!canComplete}
        onClick={onComplete}
        data-testid="complete-inspection"
      >
        {t('form.complete')}
      </Button>
    </Card>
  );
};

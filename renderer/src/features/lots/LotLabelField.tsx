import './lots.css';
import { BarcodeOutlined } from '@ant-design/icons';
import { App, Button, Divider, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

interface Props {
  /** The open draft, or null before the first autosave; `ensureInspection` creates it. */
  inspectionId: string | null;
  ensureInspection: () => Promise<string>;
}

/**
 * At the return station: the lot label found on the returned item, scanned (a scanner types and presses Enter) or
 * typed. Recorded on the inspection and its order line as the strongest link to a lot (lots.recordLabel).
 */
export const LotLabelField = ({ inspectionId, ensureInspection }: Props) => {
  const { t } = useTranslation('lots');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [recorded, setRecorded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A reopened draft shows the label recorded before.
  const stored = useCall('lots.ofInspection', inspectionId ? { inspectionId } : null);
  useEffect(() => {
    if (stored.data) setRecorded(stored.data.lotCode);
  }, [stored.data]);

  const record = async (lotCode: string | null) => {
    setBusy(true);
    try {
      const id = inspectionId ?? (await ensureInspection());
      const result = await call('lots.recordLabel', { inspectionId: id, lotCode });
      setRecorded(result.lotCode);
      setText('');
      void message.success(result.lotCode ? t('station.saved', { lotCode: result.lotCode }) : t('station.cleared'));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="lot-station" data-testid="lot-label-field">
      <Divider titlePlacement="start" plain>
        {t('station.title')}
      </Divider>
      <Typography.Paragraph type="secondary">{t('station.help')}</Typography.Paragraph>
      {recorded ? (
        <Space>
          <BarcodeOutlined />
          <Typography.Text className="recorded" data-testid="lot-label-recorded">
            {t('station.recorded', { lotCode: recorded })}
          </Typography.Text>
          <Button size="small" loading={busy} onClick={() => void record(null)}>
            {t('station.clear')}
          </Button>
        </Space>
      ) : (
        <Space.Compact className="full-width">
          <Input
            prefix={<BarcodeOutlined />}
            value={text}
            maxLength={40}
            placeholder={t('station.placeholder')}
            data-testid="lot-label-input"
            onChange={(e) => setText(e.target.value)}
            onPressEnter={() => text.trim() && void record(text.trim())}
          />
          <Button loading={busy} disabled={!text.trim()} onClick={() => void record(text.trim())} data-testid="lot-label-record">
            {t('station.record')}
          </Button>
        </Space.Compact>
      )}
    </div>
  );
};

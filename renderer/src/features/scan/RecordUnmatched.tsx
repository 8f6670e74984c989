import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Card, Form, Input, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnmatchedParcel } from '../../../../shared/contract/parcels.contract';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';
import { PhotoStrip } from './PhotoStrip';

const couriers = ['中通快递', '圆通速递', '韵达快递', '申通快递', '极兔速递', '顺丰速运', '京东物流', '邮政EMS', '德邦快递'];

/** "Nothing matches": record the parcel (code, courier, note, photos) so it can be linked to its case later. */
export const RecordUnmatched = ({ code, onRecorded }: { code: string; onRecorded: () => void }) => {
  const { t } = useTranslation('scan');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [courier, setCourier] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [parcel, setParcel] = useState<UnmatchedParcel>();

  const record = useCallback(async () => {
    if (saving || parcel) return;
    setSaving(true);
    try {
      const saved = await call('parcels.recordUnmatched', {
        code,
        ...(courier.trim() && { courier: courier.trim() }),
        ...(note.trim() && { note: note.trim() }),
      });
      setParcel(saved);
      void message.success(t('unmatched.recorded', { code: saved.code }));
      onRecorded();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  }, [saving, parcel, code, courier, note, message, t, onRecorded, errorText]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.key.toLowerCase() === 'u') {
        event.preventDefault();
        void record();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [record]);

  if (parcel) {
    return (
      <Card data-testid="unmatched-recorded">
        <Space orientation="vertical" className="full-width">
          <Alert type="success" showIcon title={t('unmatched.recorded', { code: parcel.code })} />
          <PhotoStrip ownerKind="unmatched_parcel" ownerId={parcel.id} takesPaste testId="parcel-photos" />
        </Space>
      </Card>
    );
  }
  return (
    <Card title={t('unmatched.record')} data-testid="record-unmatched">
      <Form layout="vertical" onFinish={() => void record()}>
        <Space wrap align="end" className="full-width">
          <Form.Item label={t('unmatched.code')}>
            <Input value={code} disabled className="code-field" />
          </Form.Item>
          <Form.Item label={t('unmatched.courier')}>
            <AutoComplete
              className="courier-field"
              value={courier}
              onChange={setCourier}
              options={couriers.map((c) => ({ value: c }))}
              data-testid="unmatched-courier"
              placeholder="中通快递"
            />
          </Form.Item>
          <Form.Item label={t('unmatched.note')} className="grow">
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={500}
              placeholder={t('unmatched.notePlaceholder')}
              data-testid="unmatched-note"
            />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              size="large"
              htmlType="submit"
              icon={<InboxOutlined />}
              loading={saving}
              data-testid="record-unmatched-button"
            >
              {t('unmatched.record')}
            </Button>
          </Form.Item>
        </Space>
      </Form>
    </Card>
  );
};

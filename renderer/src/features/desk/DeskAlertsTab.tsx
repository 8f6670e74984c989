import { Alert, App, Button, Form, Select, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deskAlertBounds } from '../../../../shared/domain/desk';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

/** The usual points a lead picks; any whole hour 1–72 is allowed by the contract. */
const choices = [1, 2, 4, 8, 12, 24, 48];

/** Owner's settings tab: how long before a deadline the desk raises its desktop alerts (Policy.deskAlerts). */
export const DeskAlertsTab = () => {
  const { t } = useTranslation('desk');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const policy = useCall('settings.getPolicy', {});
  const [hours, setHours] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (policy.data) setHours(policy.data.deskAlerts.hoursBefore);
  }, [policy.data]);

  if (policy.error) return <Alert type="error" showIcon title={errorText(policy.error)} />;
  if (!policy.data) return <Skeleton active />;

  const save = async () => {
    setBusy(true);
    try {
      await call('settings.updatePolicy', { deskAlerts: { hoursBefore: hours } });
      void message.success(t('settings.saved'));
      policy.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical" className="settings-form" data-testid="desk-alerts-settings" onFinish={() => void save()}>
      <Typography.Title level={5}>{t('settings.title')}</Typography.Title>
      <Form.Item label={t('settings.hoursBefore')} extra={t('settings.help')}>
        <Select
          mode="multiple"
          value={hours}
          maxCount={deskAlertBounds.maxThresholds}
          onChange={(value: number[]) => setHours([...value].sort((a, b) => b - a))}
          options={choices.map((h) => ({ value: h, label: t('settings.hours', { count: h }) }))}
          data-testid="desk-alerts-hours"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('common:action.save')}
      </Button>
    </Form>
  );
};

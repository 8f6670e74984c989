import './desk.css';
import { BellOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deskPollMs } from '../../../../shared/domain/desk';
import { useCall } from '../../api/useCall';
import { urgentDeskPath } from './desk-filters';
import { useDeskAlerts } from './use-desk-alerts';

/**
 * The header's counter on every screen (owner and service): cases waiting on the merchant that are overdue or due
 * within 2 hours. A click opens the queue filtered to them. Polled once a minute (one indexed count), and the
 * same tick takes the desktop alerts.
 */
export const DeskCounter = () => {
  const { t } = useTranslation('desk');
  const navigate = useNavigate();
  const counter = useCall('desk.counter', {});
  const { reload } = counter;
  const alerts = useDeskAlerts();
  const { takeAlerts, granted } = alerts;

  useEffect(() => {
    if (granted) void takeAlerts();
    const timer = window.setInterval(() => {
      reload();
      void takeAlerts();
    }, deskPollMs);
    return () => window.clearInterval(timer);
  }, [reload, takeAlerts, granted]);

  const data = counter.data;
  if (!data) return null;
  return (
    <Space size={4}>
      <Tooltip title={t('counter.label', { overdue: data.overdue, dueSoon: data.dueSoon })}>
        <Space
          size={4}
          role="link"
          tabIndex={0}
          className="desk-counter"
          data-testid="desk-counter"
          aria-label={t('counter.label', { overdue: data.overdue, dueSoon: data.dueSoon })}
          onClick={() => void navigate(urgentDeskPath)}
          onKeyDown={(e) => e.key === 'Enter' && void navigate(urgentDeskPath)}
        >
          <Tag color={data.overdue > 0 ? 'error' : 'default'} data-testid="desk-counter-overdue">
            {t('counter.overdue', { count: data.overdue })}
          </Tag>
          <Tag color={data.dueSoon > 0 ? 'warning' : 'default'} data-testid="desk-counter-soon">
            {t('counter.dueSoon', { count: data.dueSoon })}
          </Tag>
        </Space>
      </Tooltip>
      {alerts.canAsk && (
        <Tooltip title={t('alerts.enableHint')}>
          <Button
            size="small"
            type="link"
            icon={<BellOutlined />}
            onClick={() => void alerts.askPermission()}
            data-testid="desk-alerts-enable"
          >
            {t('alerts.enable')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
};

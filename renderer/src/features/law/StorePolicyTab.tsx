import './law.css';
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { storePolicySections, storePolicyTextZh, type StorePolicyInput } from '../../../../shared/domain/store-policy-text';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

/**
 * The store page's return & after-sales policy (issue 15, item 8), generated from the policy and the product rules
 * (shared/domain/store-policy-text.ts): the Chinese text to copy in one click, an English gloss beside it for the owner.
 */
export const StorePolicyTab = () => {
  const { t, i18n } = useTranslation('law');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const policy = useCall('settings.getPolicy', {});
  const products = useCall('law.products', { limit: 1 });
  const error = policy.error ?? products.error;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!policy.data || !products.data) return <Card loading />;

  const input: StorePolicyInput = {
    noReasonWindowDays: policy.data.noReasonWindowDays,
    refundHours: policy.data.refundHours,
    responseHours: policy.data.responseHours,
    freeReturnShipping: policy.data.law.freeReturnShipping,
    exceptionsInUse: products.data.exceptionsInUse,
  };
  const sections = storePolicySections(input);
  const text = storePolicyTextZh(input);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('storePolicy.copied'));
    } catch {
      void message.error(t('storePolicy.copyFailed'));
    }
  };
  const setFreeShipping = async (on: boolean) => {
    try {
      await call('settings.updatePolicy', { law: { freeReturnShipping: on } });
      void message.success(t('storePolicy.saved'));
      policy.reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <Space direction="vertical" size={16} className="full-width" data-testid="law-store-policy">
      <Typography.Paragraph type="secondary">{t('storePolicy.hint')}</Typography.Paragraph>
      <Checkbox
        checked={input.freeReturnShipping}
        onChange={(e) => void setFreeShipping(e.target.checked)}
        data-testid="law-free-return-shipping"
      >
        {t('storePolicy.freeReturnShipping')}
      </Checkbox>
      <Card
        size="small"
        title={t('storePolicy.zhTitle')}
        extra={
          <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy()} data-testid="law-store-policy-copy">
            {t('storePolicy.copy')}
          </Button>
        }
      >
        <div className="law-policy-text" lang="zh-CN" data-testid="law-store-policy-zh">
          {text}
        </div>
      </Card>
      {/* The gloss is for an owner reading English; the Chinese screen shows only what goes on the page. */}
      {i18n.language === 'en-US' && (
        <Card size="small" title={t('storePolicy.enTitle')}>
          <ol className="law-policy-gloss" lang="en">
            {sections.map((s) => (
              <li key={s.key}>{s.en}</li>
            ))}
          </ol>
        </Card>
      )}
    </Space>
  );
};

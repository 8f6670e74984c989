import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionViews, type ActionView } from '../../../../shared/domain/causes';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';
import { ActionFormModal } from './ActionFormModal';
import { ActionTable } from './ActionTable';
import { CloseActionModal, type Closing } from './CloseActionModal';

/** The owner's corrective actions: open ones by due date (overdue first to see), done and dropped ones with what happened. */
export const ActionsPage = () => {
  const { t } = useTranslation('causes');
  const errorText = useErrorText();
  const { user } = useSession();
  const [view, setView] = useState<ActionView>('open');
  const [ownerId, setOwnerId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [closing, setClosing] = useState<Closing | null>(null);
  const list = useCall('causes.actions', { view, ...(ownerId && { ownerId }) });
  const counts = list.data?.counts;

  return (
    <div data-testid="actions-page" data-ready={list.data && !list.loading ? 'true' : 'false'}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="start">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('page.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('page.subtitle')}</Typography.Text>
        </div>
        {user.role === 'owner' && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="actions-new">
            {t('action.new')}
          </Button>
        )}
      </Space>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented<ActionView>
            value={view}
            onChange={setView}
            options={actionViews.map((v) => ({ value: v, label: t(`page.view.${v}`) }))}
            data-testid="actions-view"
          />
          <Select
            allowClear
            placeholder={t('page.anyOwner')}
            aria-label={t('page.ownerFilter')}
            style={{ width: 180 }}
            value={ownerId}
            onChange={setOwnerId}
            options={(list.data?.people ?? []).map((p) => ({ value: p.id, label: p.name }))}
            data-testid="actions-owner"
          />
          {counts && (
            <Typography.Text type={counts.overdue > 0 ? 'danger' : 'secondary'} data-testid="actions-counts">
              {t('page.counts', counts)}
            </Typography.Text>
          )}
        </Space>
        {list.error && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
        <ActionTable actions={list.data?.actions ?? []} onClose={setClosing} testId="actions-table" />
      </Card>
      <ActionFormModal
        open={creating}
        seed={{}}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          list.reload();
        }}
      />
      <CloseActionModal
        closing={closing}
        onClose={() => setClosing(null)}
        onSaved={() => {
          setClosing(null);
          list.reload();
        }}
      />
    </div>
  );
};

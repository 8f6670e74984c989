import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Modal, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import { caseStatuses, type CaseStatus } from '../../../../shared/domain/aftersales';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';

interface Props {
  detail: CaseDetail;
  onChanged: () => void;
}

/** What service staff do with a case: answer, change status with a resolution, flag a dispute, assign; owners void. */
export const CaseActions = ({ detail, onChanged }: Props) => {
  const { t } = useTranslation('cases');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const [status, setStatus] = useState<CaseStatus>(detail.status);
  const [resolution, setResolution] = useState(detail.resolution ?? '');
  const [busy, setBusy] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const [voidReason, setVoidReason] = useState('');
  const people = useCall('auth.loginChoices', user.role === 'inspector' ? null : {});

  if (user.role === 'inspector' || detail.voided) return null;

  const update = async (change: Omit<Parameters<typeof call<'cases.update'>>[1], 'id'>, done: string) => {
    setBusy(true);
    try {
      await call('cases.update', { id: detail.id, ...change });
      void message.success(done);
      onChanged();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const voidCase = async () => {
    try {
      await call('cases.void', { id: detail.id, reason: voidReason });
      setVoiding(false);
      onChanged();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Card size="small" className="block-gap case-actions">
      <Space direction="vertical" size={12} className="full-width">
        <Space wrap size={12}>
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            disabled={detail.respondedAt !== null}
            loading={busy}
            data-testid="case-mark-responded"
            onClick={() => void update({ markResponded: true }, t('action.responded'))}
          >
            {detail.respondedAt !== null ? t('deadline.responded') : t('action.markResponded')}
          </Button>
          <Space size={6}>
            <Switch
              checked={detail.dispute}
              size="small"
              data-testid="case-dispute"
              onChange={(dispute) => void update({ dispute }, t('action.saved'))}
            />
            {t('detail.dispute')}
          </Space>
          <Select
            className="assignee-select"
            allowClear
            placeholder={t('detail.unassigned')}
            value={detail.assigneeId ?? undefined}
            onChange={(assigneeId?: string) => void update({ assigneeId: assigneeId ?? null }, t('action.saved'))}
            options={(people.data ?? []).filter((p) => p.role !== 'inspector').map((p) => ({ value: p.id, label: p.name }))}
          />
          {user.role === 'owner' && (
            <Button danger icon={<StopOutlined />} onClick={() => setVoiding(true)} data-testid="case-void">
              {t('action.void')}
            </Button>
          )}
        </Space>
        <Space.Compact className="full-width">
          <Select<CaseStatus>
            className="status-select"
            value={status}
            onChange={setStatus}
            data-testid="case-status"
            options={caseStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <Input
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
            placeholder={t('action.resolutionPlaceholder')}
            data-testid="case-resolution"
          />
          <Button
            loading={busy}
            data-testid="case-save"
            onClick={() => void update({ status, resolution: resolution.trim() || null }, t('action.saved'))}
          >
            {t('action.save')}
          </Button>
        </Space.Compact>
      </Space>
      <Modal
        open={voiding}
        title={t('action.void')}
        okText={t('action.void')}
        okButtonProps={{ danger: true, disabled: voidReason.trim().length < 2 }}
        cancelText={t('action.cancel')}
        onOk={() => void voidCase()}
        onCancel={() => setVoiding(false)}
      >
        <p>{t('action.voidConfirm')}</p>
        <Input.TextArea rows={3} placeholder={t('action.voidReason')} value={voidReason} onChange={(e) => setVoidReason(e.target.value)} />
      </Modal>
    </Card>
  );
};

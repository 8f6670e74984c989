import { CloudDownloadOutlined, CopyOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backups.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { formatNumber, formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { CopyBackupModal } from './CopyBackupModal';

const reasonColor: Record<BackupInfo['reason'], string> = {
  manual: 'blue',
  auto: 'default',
  pre_migration: 'purple',
  pre_restore: 'orange',
};

const size = (bytes: number, locale: string) =>
  bytes >= 1_048_576 ? `${formatNumber(bytes / 1_048_576, locale, 1)} MB` : `${formatNumber(bytes / 1024, locale, 0)} KB`;

/** Owner only: the kept backups, a backup on demand, and a restore that first saves the current data (its undo). */
export const BackupsTab = () => {
  const { t, i18n } = useTranslation('settings');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const backups = useCall('backups.list', {});
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [copying, setCopying] = useState<BackupInfo | null>(null);

  const backUpNow = async () => {
    setBusy(true);
    try {
      await call('backups.create', {});
      void message.success(t('backups.created'));
      backups.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!restoring) return;
    setBusy(true);
    try {
      await call('backups.restore', { id: restoring.id });
      setRestoring(null);
      void message.success(t('backups.restored'));
      backups.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={16} className="full-width">
      <div className="settings-tab-head">
        <Typography.Text type="secondary">
          {t('backups.intro')} {backups.data && <Typography.Text code>{backups.data.directory}</Typography.Text>}
          {backups.data && (
            <>
              <br />
              {t('backups.logs')}{' '}
              <Typography.Text code data-testid="logs-directory">
                {backups.data.logsDirectory}
              </Typography.Text>
            </>
          )}
        </Typography.Text>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={busy && !restoring}
          onClick={() => void backUpNow()}
          data-testid="backup-now"
        >
          {t('backups.now')}
        </Button>
      </div>
      {backups.error && <Alert type="error" showIcon title={errorText(backups.error)} />}
      <Table<BackupInfo>
        rowKey="id"
        size="middle"
        loading={backups.loading}
        dataSource={backups.data?.backups ?? []}
        pagination={false}
        onRow={() => ({ 'data-testid': 'backup-row' }) as object}
        columns={[
          { title: t('backups.at'), key: 'at', render: (_, b) => formatTime(b.createdAt) },
          {
            title: t('backups.reason'),
            key: 'reason',
            render: (_, b) => <Tag color={reasonColor[b.reason]}>{t(`backups.reasons.${b.reason}`)}</Tag>,
          },
          { title: t('backups.size'), key: 'size', align: 'right', render: (_, b) => size(b.sizeBytes, i18n.language) },
          { title: t('backups.photos'), key: 'photos', align: 'right', render: (_, b) => b.attachmentCount },
          { title: t('backups.schema'), key: 'schema', align: 'right', render: (_, b) => `v${b.schemaVersion}` },
          {
            title: '',
            key: 'restore',
            width: 220,
            render: (_, b) => (
              <Space size={8}>
                <Button size="small" icon={<HistoryOutlined />} onClick={() => setRestoring(b)} data-testid="backup-restore">
                  {t('backups.restore')}
                </Button>
                <Button size="small" icon={<CopyOutlined />} onClick={() => setCopying(b)} data-testid="backup-copy">
                  {t('backupCopy.button')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={restoring !== null}
        title={t('backups.confirmTitle', { time: formatTime(restoring?.createdAt) })}
        okText={t('backups.restore')}
        okButtonProps={{ danger: true, icon: <CloudDownloadOutlined /> }}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => void restore()}
        onCancel={() => setRestoring(null)}
      >
        <Typography.Paragraph>{t('backups.confirmText')}</Typography.Paragraph>
      </Modal>
      <CopyBackupModal backup={copying} onClose={() => setCopying(null)} />
    </Space>
  );
};

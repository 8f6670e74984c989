import { CopyOutlined } from '@ant-design/icons';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backups.contract';
import { call } from '../../api/client';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';

/**
 * "Copy to…": one backup into a folder the owner types (a USB stick, a second drive). The backend checks the
 * folder (full path, exists, writable, outside the data folder) and answers why when it is not usable.
 */
export const CopyBackupModal = ({ backup, onClose }: { backup: BackupInfo | null; onClose: () => void }) => {
  const { t } = useTranslation('settings');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ folder: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const copy = async ({ folder }: { folder: string }) => {
    if (!backup || busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const copied = await call('backups.copyTo', { id: backup.id, folder });
      void message.success(t('backupCopy.done', { path: copied.path, interpolation: { escapeValue: false } }));
      onClose();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={backup !== null}
      title={t('backupCopy.title', { time: formatTime(backup?.createdAt) })}
      okText={t('backupCopy.ok')}
      okButtonProps={{ icon: <CopyOutlined />, 'data-testid': 'backup-copy-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setProblem(undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void copy(v)}>
        <Form.Item
          name="folder"
          label={t('backupCopy.folder')}
          extra={t('backupCopy.help', { id: backup?.id ?? '' })}
          rules={[{ required: true, whitespace: true, message: t('backupCopy.required') }]}
          validateStatus={problem ? 'error' : undefined}
          help={problem}
        >
          <Input autoFocus data-testid="backup-copy-folder" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

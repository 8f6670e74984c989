import { InboxOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadRef } from '../../../../shared/contract/uploads.contract';
import { call, uploadFile } from '../../api/client';

/**
 * Electron: main's open dialog copies the file into the data folder (window.api is set by the preload).
 * Browser: the file is uploaded to POST /upload. Either way the screen only learns an upload id.
 */
export const FilePicker = ({ busy, onStart, onPicked, onError }: { busy: boolean; onStart: () => void; onPicked: (ref: UploadRef) => void; onError: (e: unknown) => void }) => {
  const { t } = useTranslation('import');
  if (window.api) {
    const pick = () =>
      call('uploads.pickFile', { kind: 'import' })
        .then((ref) => ref && onPicked(ref))
        .catch(onError);
    return (
      <div className="import-picker-electron">
        <InboxOutlined className="import-picker-icon" />
        <p>{t('pick.formats')}</p>
        <Button type="primary" size="large" icon={<FolderOpenOutlined />} loading={busy} onClick={pick} data-testid="import-pick">
          {t('pick.button')}
        </Button>
      </div>
    );
  }
  return (
    <div data-testid="import-dropzone">
    <Upload.Dragger
      accept=".csv,.xlsx,.txt"
      multiple={false}
      showUploadList={false}
      disabled={busy}
      customRequest={({ file }) => {
        onStart();
        uploadFile(file as File).then(onPicked, onError);
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{busy ? t('pick.uploading') : t('pick.drop')}</p>
      <p className="ant-upload-hint">{t('pick.formats')}</p>
    </Upload.Dragger>
    </div>
  );
};

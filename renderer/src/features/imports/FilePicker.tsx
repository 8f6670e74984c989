import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadRef } from '../../../../shared/contract/uploads.contract';
import { maxXlsxBytes, sizeLimitLabel } from '../../../../shared/domain/uploads';
import { sendFile } from '../../api/client';

/**
 * Drop a file or click to choose one. Electron: main copies it from disk (sendFile → uploads.takeFile); browser:
 * it is uploaded to POST /upload. Either way the screen only learns an upload id.
 */
export const FilePicker = ({
  busy,
  onStart,
  onPicked,
  onError,
}: {
  busy: boolean;
  onStart: () => void;
  onPicked: (ref: UploadRef) => void;
  onError: (e: unknown) => void;
}) => {
  const { t } = useTranslation('imports');
  return (
    <div data-testid="import-dropzone">
      <Upload.Dragger
        accept=".csv,.xlsx,.txt"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        customRequest={({ file }) => {
          onStart();
          sendFile(file as File).then(onPicked, onError);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{busy ? t('pick.uploading') : t('pick.drop')}</p>
        <p className="ant-upload-hint">{t('pick.formats', { csvMax: sizeLimitLabel(), xlsxMax: sizeLimitLabel(maxXlsxBytes) })}</p>
      </Upload.Dragger>
    </div>
  );
};

import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationFile } from '../../../../shared/contract/communications.contract';
import { call } from '../../api/client';
import { PhotoThumb } from '../../ui/PhotoThumb';
import { useErrorText } from '../../ui/error-text';
import { blobOf, prepareConversationFile } from './file-prep';

const withFile = async (id: string, handle: (url: string) => void) => {
  const file = await call('attachments.get', { id, variant: 'full' });
  const url = URL.createObjectURL(blobOf(file.dataBase64, file.mime));
  handle(url);
  // The tab or the download has the bytes by then; the URL need not outlive them.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** A PDF shows its name; Open shows it in the browser's viewer, Save downloads it under its own name. */
const PdfFile = ({ file }: { file: ConversationFile }) => {
  const { t } = useTranslation('communications');
  return (
    <Space size={4} className="conversation-pdf" data-testid="conversation-pdf">
      <FilePdfOutlined />
      <Typography.Text ellipsis className="conversation-pdf-name">
        {file.fileName}
      </Typography.Text>
      <Button size="small" type="link" onClick={() => void withFile(file.id, (url) => window.open(url, '_blank', 'noopener'))}>
        {t('action.open')}
      </Button>
      <Button
        size="small"
        type="link"
        data-testid="conversation-pdf-save"
        onClick={() =>
          void withFile(file.id, (url) => {
            const a = document.createElement('a');
            a.href = url;
            a.download = file.fileName;
            a.click();
          })
        }
      >
        {t('action.save')}
      </Button>
    </Space>
  );
};

export const ConversationFiles = ({ files }: { files: ConversationFile[] }) =>
  files.length === 0 ? null : (
    <Space wrap size={8} className="conversation-files">
      {files.map((f) => (f.mime === 'application/pdf' ? <PdfFile key={f.id} file={f} /> : <PhotoThumb key={f.id} id={f.id} size={64} />))}
    </Space>
  );

/** Picks a file and attaches it to the case, or to one message when `communicationId` is given. */
export const AttachButton = ({
  caseId,
  communicationId,
  label,
  onAdded,
}: {
  caseId: string;
  communicationId?: string;
  label: string;
  onAdded: () => void;
}) => {
  const { t } = useTranslation('communications');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const attach = async (file: File) => {
    setBusy(true);
    try {
      const prepared = await prepareConversationFile(file);
      if ('kind' in prepared) {
        void message.error(
          prepared.kind === 'tooLarge'
            ? t('files.tooLarge', { name: file.name, size: prepared.size, max: prepared.max })
            : t('files.wrongType', { name: file.name }),
        );
        return;
      }
      await call('communications.attach', { caseId, ...(communicationId && { communicationId }), ...prepared });
      void message.success(t('files.added', { name: prepared.fileName }));
      onAdded();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Upload
      accept="image/jpeg,image/png,image/webp,application/pdf,.pdf"
      showUploadList={false}
      multiple
      beforeUpload={(file) => {
        void attach(file);
        return false;
      }}
    >
      <Button
        size="small"
        type={communicationId ? 'link' : 'default'}
        icon={<PaperClipOutlined />}
        loading={busy}
        title={t('files.hint')}
        data-testid={communicationId ? 'entry-attach' : 'case-attach'}
      >
        {label}
      </Button>
    </Upload>
  );
};

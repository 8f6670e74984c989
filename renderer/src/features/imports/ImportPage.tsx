import { Alert, Button, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCounts, ImportPreview } from '../../../../shared/contract/imports.contract';
import type { UploadRef } from '../../../../shared/contract/uploads.contract';
import { ApiCallError, call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';
import { FilePicker } from './FilePicker';
import { ImportHistory } from './ImportHistory';
import { ImportProgressBar } from './ImportProgressBar';
import { MappingPanel } from './MappingPanel';
import { PreviewPanel } from './PreviewPanel';
import './imports.css';

type Step =
  | { kind: 'pick' }
  | { kind: 'uploading' }
  | { kind: 'reading'; upload: UploadRef }
  | { kind: 'preview'; upload: UploadRef; preview: ImportPreview }
  | { kind: 'committing'; upload: UploadRef; preview: ImportPreview }
  | { kind: 'done'; counts: ImportCounts | null };

/** The main record of the import: orders, or cases for an after-sales export. */
const mainEntity = (counts: ImportCounts) => (counts.cases.new + counts.cases.updated + counts.cases.unchanged > 0 ? 'cases' : 'orders');

/** Choose a file → detection and preview (or column mapping) → commit or discard → history. */
export const ImportPage = () => {
  const { t } = useTranslation('imports');
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const refreshHistory = () => setHistoryKey((k) => k + 1);
  const fail = (e: unknown) => {
    setError(e);
    refreshHistory();
  };

  const runPreview = async (upload: UploadRef, presetId?: string) => {
    setError(null);
    setStep({ kind: 'reading', upload });
    try {
      const preview = await call('imports.preview', { uploadId: upload.uploadId, presetId });
      setStep({ kind: 'preview', upload, preview });
    } catch (e) {
      setStep({ kind: 'pick' });
      fail(e);
    }
    refreshHistory();
  };

  const commit = async (upload: UploadRef, preview: ImportPreview) => {
    setStep({ kind: 'committing', upload, preview });
    try {
      const result = await call('imports.commit', { importId: preview.importId });
      setStep({ kind: 'done', counts: result.counts });
    } catch (e) {
      // Cancelled from the progress bar: rolled back, nothing written — the same end as discarding.
      if (e instanceof ApiCallError && e.body.reason === 'import_commit_cancelled') setStep({ kind: 'done', counts: null });
      else {
        setStep({ kind: 'preview', upload, preview });
        fail(e);
      }
    }
    refreshHistory();
  };

  const discard = async (preview: ImportPreview) => {
    await call('imports.cancel', { importId: preview.importId }).catch(fail);
    setStep({ kind: 'done', counts: null });
    refreshHistory();
  };

  const body = (() => {
    switch (step.kind) {
      case 'pick':
      case 'uploading':
        return (
          <FilePicker
            busy={step.kind === 'uploading'}
            onStart={() => {
              setError(null);
              setStep({ kind: 'uploading' });
            }}
            onPicked={(upload) => void runPreview(upload)}
            onError={(e) => {
              setStep({ kind: 'pick' });
              fail(e);
            }}
          />
        );
      case 'reading':
        return <ImportProgressBar phaseHint="reading" />;
      case 'preview':
      case 'committing':
        if (step.preview.status === 'unknown_layout') {
          return <MappingPanel preview={step.preview} onSaved={(presetId) => void runPreview(step.upload, presetId)} onError={fail} />;
        }
        return (
          <Space direction="vertical" style={{ width: '100%' }}>
            {step.kind === 'committing' && <ImportProgressBar phaseHint="committing" />}
            <PreviewPanel
              preview={step.preview}
              busy={step.kind === 'committing'}
              onCommit={() => void commit(step.upload, step.preview)}
              onDiscard={() => void discard(step.preview)}
            />
          </Space>
        );
      case 'done':
        return (
          <Result
            status={step.counts ? 'success' : 'info'}
            title={
              step.counts
                ? t('committed', { ...step.counts[mainEntity(step.counts)], entity: t(`entity.${mainEntity(step.counts)}`) })
                : t('cancelled')
            }
            extra={
              <Button type="primary" onClick={() => setStep({ kind: 'pick' })} data-testid="import-another">
                {t('actions.another')}
              </Button>
            }
            data-testid="import-done"
          />
        );
    }
  })();

  return (
    <div className="import-page">
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          closable
          title={errorText(error)}
          onClose={() => setError(null)}
          style={{ marginBottom: 16 }}
          data-testid="import-error"
        />
      )}
      <div className="import-step">{body}</div>
      <ImportHistory refreshKey={historyKey} onError={fail} />
    </div>
  );
};

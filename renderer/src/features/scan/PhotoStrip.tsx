import { CameraOutlined, PictureOutlined } from '@ant-design/icons';
import { App, Button, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/contract/attachments.contract';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';
import { isPhotoProblem, preparePhoto } from './photo-prep';
import { PhotoThumb } from '../../ui/PhotoThumb';
import { WebcamCapture } from './WebcamCapture';

interface Props {
  ownerKind: Attachment['ownerKind'];
  /** The owner's id, or a function that creates the owner first (an inspection draft is made on the first photo). */
  ownerId: string | null;
  ensureOwner?: () => Promise<string>;
  readOnly?: boolean;
  /** Only the strip of the record being worked on takes pasted photos. */
  takesPaste?: boolean;
  testId: string;
}

/** Photos of a record: thumbnails, plus file pick, drag and drop, paste and webcam when editable. */
export const PhotoStrip = ({ ownerKind, ownerId, ensureOwner, readOnly, takesPaste, testId }: Props) => {
  const { t } = useTranslation('scan');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [photos, setPhotos] = useState<Attachment[]>([]);
  const [busy, setBusy] = useState(0);
  const [camera, setCamera] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(
    (id: string | null) => {
      if (!id) return setPhotos([]);
      void call('attachments.list', { ownerKind, ownerId: id })
        .then(setPhotos)
        .catch(() => undefined);
    },
    [ownerKind],
  );
  useEffect(() => reload(ownerId), [ownerId, reload]);

  const upload = useCallback(
    async (files: Blob[]) => {
      for (const file of files) {
        const name = file instanceof File ? file.name : 'camera.jpg';
        setBusy((n) => n + 1);
        try {
          const prepared = await preparePhoto(file);
          if (isPhotoProblem(prepared)) {
            void message.error(
              prepared.kind === 'tooLarge' ? t('photo.tooLarge', { name, size: prepared.sizeMb }) : t('photo.notImage', { name }),
            );
            continue;
          }
          const id = ownerId ?? (await ensureOwner?.());
          if (!id) continue;
          await call('attachments.add', { ownerKind, ownerId: id, ...prepared });
          reload(id);
        } catch (e) {
          void message.error(t('photo.failed', { message: errorText(e) }));
        } finally {
          setBusy((n) => n - 1);
        }
      }
    },
    [ownerId, ensureOwner, ownerKind, reload, message, t, errorText],
  );

  useEffect(() => {
    if (!takesPaste || readOnly) return;
    const onPaste = (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void upload(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [takesPaste, readOnly, upload]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!readOnly) void upload([...event.dataTransfer.files]);
  };

  return (
    <div
      className={`photo-strip${dragging ? ' dragging' : ''}`}
      data-testid={testId}
      onDragOver={(e) => {
        e.preventDefault();
        if (!readOnly) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Space wrap size={8}>
        {readOnly && photos.length === 0 && <Typography.Text type="secondary">{t('claim.noPhotos')}</Typography.Text>}
        {photos.map((p) => (
          <PhotoThumb key={p.id} id={p.id} />
        ))}
        {busy > 0 && <Spin />}
        {!readOnly && (
          <Space orientation="vertical" size={4}>
            <Space>
              <Button icon={<PictureOutlined />} onClick={() => fileInput.current?.click()} data-testid={`${testId}-pick`}>
                {t('photo.add')}
              </Button>
              <Button icon={<CameraOutlined />} onClick={() => setCamera(true)}>
                {t('photo.camera')}
              </Button>
            </Space>
            <Typography.Text type="secondary" className="photo-hint">
              {t(takesPaste ? 'photo.dropHint' : 'photo.dropOnly')}
            </Typography.Text>
          </Space>
        )}
      </Space>
      <input
        ref={fileInput}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        hidden
        data-testid={`${testId}-file`}
        onChange={(e) => {
          void upload([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <WebcamCapture
        open={camera}
        onClose={() => setCamera(false)}
        onCapture={(blob) => {
          setCamera(false);
          void upload([blob]);
        }}
      />
    </div>
  );
};

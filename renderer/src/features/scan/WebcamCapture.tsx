import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CameraProblem = 'denied' | 'missing' | 'busy' | 'other';

/** The browser's refusal (a DOMException, in English) as one of a few problems the page words itself. */
const cameraProblem = (error: unknown): CameraProblem => {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'other';
};

/** A webcam photo through getUserMedia (works offline; nothing leaves the PC). Space captures. */
export const WebcamCapture = ({ open, onClose, onCapture }: { open: boolean; onClose: () => void; onCapture: (photo: Blob) => void }) => {
  const { t } = useTranslation('scan');
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<CameraProblem>();

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | undefined;
    setError(undefined);
    navigator.mediaDevices
      ?.getUserMedia({ video: { width: { ideal: 1600 }, height: { ideal: 1200 } }, audio: false })
      .then((s) => {
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play();
        }
      })
      .catch((e: unknown) => setError(cameraProblem(e)));
    if (!navigator.mediaDevices) setError('missing');
    return () => stream?.getTracks().forEach((track) => track.stop());
  }, [open]);

  const capture = () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && onCapture(blob), 'image/jpeg', 0.9);
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.code === 'Space') {
        event.preventDefault();
        capture();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <Modal open={open} onCancel={onClose} title={t('photo.cameraTitle')} footer={null} width={720} destroyOnHidden>
      {error ? (
        <Alert type="error" showIcon title={t(`photo.cameraError.${error}`)} />
      ) : (
        <div className="webcam">
          <video ref={video} muted playsInline className="webcam-video" />
          <Button type="primary" size="large" icon={<CameraOutlined />} onClick={capture} block>
            {t('photo.capture')}
          </Button>
        </div>
      )}
    </Modal>
  );
};

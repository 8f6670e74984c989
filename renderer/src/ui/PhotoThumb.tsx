import { Image, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../api/client';

/** A photo's thumbnail (loaded as base64 over either transport); the full image loads only when opened. */
export const PhotoThumb = ({ id, size = 88 }: { id: string; size?: number }) => {
  const [thumb, setThumb] = useState<string>();
  const [full, setFull] = useState<string>();
  useEffect(() => {
    let alive = true;
    call('attachments.get', { id, variant: 'thumb' })
      .then((r) => alive && setThumb(`data:${r.mime};base64,${r.dataBase64}`))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [id]);
  if (!thumb) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return (
    <Image
      width={size}
      height={size}
      src={thumb}
      className="photo-thumb"
      data-testid="photo-thumb"
      preview={{
        src: full ?? thumb,
        onOpenChange: (open) => {
          if (open && !full)
            void call('attachments.get', { id, variant: 'full' }).then((r) => setFull(`data:${r.mime};base64,${r.dataBase64}`));
        },
      }}
    />
  );
};

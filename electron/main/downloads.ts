import type { DownloadItem, Session } from 'electron';
import { join } from 'node:path';

/**
 * Exports are built in the page and saved as blob downloads. Each asks where to save (save dialog, starting in
 * the user's Downloads folder under the suggested name); downloads started from anything but our page are cancelled.
 */
export const handleDownloads = (session: Session, downloadsDir: string, isOwnPage: (url: string) => boolean): void => {
  session.on('will-download', (_event, item: DownloadItem, contents) => {
    if (!isOwnPage(contents.getURL())) {
      item.cancel();
      return;
    }
    item.setSaveDialogOptions({ defaultPath: join(downloadsDir, item.getFilename()) });
  });
};

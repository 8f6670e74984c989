import { AppError } from '../../../../shared/contract/errors';
import { takeFileHandOver } from '../../../../shared/domain/uploads';
import { defineHandlers } from '../../core/context';

export const uploadsHandlers = defineHandlers({
  // Electron main copies the dropped file itself (from the path the preload found behind the page's File), but
  // only once this handler has answered: the dispatcher has checked the input and the caller's role by then. Its
  // answer carries a marker no other UNAVAILABLE has (a stopped backend, a busy database), so main never copies
  // on those. In the browser the same answer means: upload the file instead.
  'uploads.takeFile': () => {
    throw new AppError(
      'UNAVAILABLE',
      'upload_hand_over',
      {},
      'In the browser, a dropped file is uploaded (POST /upload), not taken from disk.',
      takeFileHandOver,
    );
  },
});

import { AppError } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';

export const uploadsHandlers = defineHandlers({
  // Electron main intercepts this method and answers it with its own dialog; reaching the backend means the
  // caller is a browser, which has to upload the file instead.
  'uploads.pickFile': () => {
    throw new AppError('UNAVAILABLE', 'In the browser, upload the file (drag it onto the import screen) instead of picking it.');
  },
});

import { AppError } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';

const notYet = (): never => {
  throw new AppError('UNAVAILABLE', 'Imports are being built.');
};

export const importsHandlers = defineHandlers({
  'imports.preview': notYet,
  'imports.commit': notYet,
  'imports.progress': notYet,
  'imports.cancel': notYet,
  'imports.history': notYet,
  'imports.rejects': notYet,
  'imports.presets': notYet,
  'imports.savePreset': notYet,
});

import { homedir, platform } from 'node:os';
import { join } from 'node:path';

/** Same folder Electron's app.getPath('userData') gives, so `serve` and the desktop app share data by default. */
export const defaultDataDir = (): string => {
  const home = homedir();
  switch (platform()) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'ReturnLens');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'ReturnLens');
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'ReturnLens');
  }
};

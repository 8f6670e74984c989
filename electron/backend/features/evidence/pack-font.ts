import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';

/**
 * The bundled Noto Sans SC (OFL), Regular and Bold: the pack never reads a system font, so it looks the same on
 * every PC and works offline. Resolved through Node's module resolution so it works from source (tests,
 * `npm run serve`) and from the built backend. In the packaged app the TTFs are unpacked beside app.asar
 * (package.json build.asarUnpack): pdfkit reads them with plain fs, and the utility process must not depend on
 * asar reads of a 10 MB file.
 */
const require = createRequire(import.meta.url);

const unpacked = (path: string): string => {
  const asar = `${sep}app.asar${sep}`;
  if (!path.includes(asar)) return path;
  const outside = path.replace(asar, `${sep}app.asar.unpacked${sep}`);
  return existsSync(outside) ? outside : path;
};

const fontFile = (weight: '400Regular' | '700Bold') =>
  unpacked(require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`));

export const packFonts = () => ({ regular: fontFile('400Regular'), bold: fontFile('700Bold') });

/**
 * An SVG drawn as an image (the PNG export) is a sealed document: it cannot load the page's web fonts, so its
 * labels fell back to whatever system font the PC has. This builds @font-face rules for the app's own fonts with
 * the font files inlined as data: URLs, for only the unicode-range slices the chart's text uses (the bundled Noto
 * Sans SC is ~100 slices, 4.6 MB in all; a chart needs a handful, ~40 KB each). The files come from the page's
 * own assets ('self' in the CSP), usually from the HTTP cache since the page already shows the same text.
 */

type Range = [number, number];

/** "U+4e00-9fff, U+ff0c, U+4??" → ranges of code points. */
export const parseUnicodeRange = (value: string): Range[] =>
  value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): Range => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    });

/** Without a unicode-range a face covers everything. */
const covers = (ranges: Range[], codePoints: number[]) =>
  ranges.length === 0 || codePoints.some((c) => ranges.some(([from, to]) => c >= from && c <= to));

const toDataUrl = async (url: string): Promise<string> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font file ${url}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error(`Font file ${url} could not be read.`));
    reader.onerror = () => reject(new Error(`Font file ${url} could not be read.`));
    reader.readAsDataURL(blob);
  });
};

const unquote = (family: string) => family.trim().replace(/^['"]|['"]$/g, '');

/** Every @font-face rule of the document whose family is in `fontFamily` and whose range covers `text`. */
export const embeddedFontCss = async (text: string, fontFamily: string): Promise<string> => {
  const families = new Set(fontFamily.split(',').map(unquote));
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))];
  const wanted: { rule: CSSFontFaceRule; base: string }[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet of another origin (none in the app, but the browser would refuse to list it)
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule) || !families.has(unquote(rule.style.getPropertyValue('font-family')))) continue;
      if (covers(parseUnicodeRange(rule.style.getPropertyValue('unicode-range')), codePoints))
        wanted.push({ rule, base: sheet.href ?? document.baseURI });
    }
  }
  const faces = await Promise.all(
    wanted.map(async ({ rule, base }) => {
      const source = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!source) return '';
      const data = await toDataUrl(new URL(source, base).href);
      const style = rule.style;
      return (
        `@font-face { font-family: ${style.getPropertyValue('font-family')}; font-style: ${style.getPropertyValue('font-style') || 'normal'}; ` +
        `font-weight: ${style.getPropertyValue('font-weight') || 'normal'}; src: url(${data}); unicode-range: ${style.getPropertyValue('unicode-range') || 'U+0-10FFFF'}; }`
      );
    }),
  );
  return faces.filter(Boolean).join('\n');
};

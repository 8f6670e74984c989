/**
 * Code 128, code set B (printable ASCII), for the lot label. No barcode library is in node_modules and the
 * symbology is small: 107 symbols of 6 bar/space widths (the stop has 7), a start symbol, a modulo-103
 * weighted check symbol and the stop. Lot codes are printable ASCII (the contract restricts them), so set B
 * alone is enough; a scanner reads it back as the same text.
 */
const widths: readonly string[] = [
  '212222',
  '222122',
  '222221',
  '121223',
  '121322',
  '131222',
  '122213',
  '122312',
  '132212',
  '221213',
  '221312',
  '231212',
  '112232',
  '122132',
  '122231',
  '113222',
  '123122',
  '123221',
  '223211',
  '221132',
  '221231',
  '213212',
  '223112',
  '312131',
  '311222',
  '321122',
  '321221',
  '312212',
  '322112',
  '322211',
  '212123',
  '212321',
  '232121',
  '111323',
  '131123',
  '131321',
  '112313',
  '132113',
  '132311',
  '211313',
  '231113',
  '231311',
  '112133',
  '112331',
  '132131',
  '113123',
  '113321',
  '133121',
  '313121',
  '211331',
  '231131',
  '213113',
  '213311',
  '213131',
  '311123',
  '311321',
  '331121',
  '312113',
  '312311',
  '332111',
  '314111',
  '221411',
  '431111',
  '111224',
  '111422',
  '121124',
  '121421',
  '141122',
  '141221',
  '112214',
  '112412',
  '122114',
  '122411',
  '142112',
  '142211',
  '241211',
  '221114',
  '413111',
  '241112',
  '134111',
  '111242',
  '121142',
  '121241',
  '114212',
  '124112',
  '124211',
  '411212',
  '421112',
  '421211',
  '212141',
  '214121',
  '412121',
  '111143',
  '111341',
  '131141',
  '114113',
  '114311',
  '411113',
  '411311',
  '113141',
  '114131',
  '311141',
  '411131',
  '211412',
  '211214',
  '211232',
  '2331112',
];

export const code128Widths = widths;
const startB = 104;
const stop = 106;

/** True when every character can be written in code set B (ASCII 32–126). */
export const isCode128BText = (text: string): boolean => text.length > 0 && /^[\x20-\x7e]+$/.test(text);

/** The symbol values: start B, one per character, the check symbol, stop. */
export const code128BSymbols = (text: string): number[] => {
  if (!isCode128BText(text)) throw new Error('Code 128 set B takes printable ASCII only');
  const values = [...text].map((c) => c.charCodeAt(0) - 32);
  const check = values.reduce((sum, v, i) => sum + v * (i + 1), startB) % 103;
  return [startB, ...values, check, stop];
};

/** The modules, '1' for a bar and '0' for a space, without quiet zones (the renderer adds 10 modules each side). */
export const code128BModules = (text: string): string =>
  code128BSymbols(text)
    .map((symbol) => [...widths[symbol]!].map((w, i) => (i % 2 === 0 ? '1' : '0').repeat(Number(w))).join(''))
    .join('');

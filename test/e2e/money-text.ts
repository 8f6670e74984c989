/**
 * Fen as the screens must show it (¥, two decimals, the language's grouping), written out here rather than
 * imported from the renderer, so an e2e test notices when the screen formats money any other way.
 */
export const moneyText = (fen: number, lang: 'zh-CN' | 'en-US'): string => {
  const text = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
  }).format(Math.abs(fen) / 100);
  // A true minus sign for money coming back (a resale value), as the route comparison shows it.
  return fen < 0 ? `−${text}` : text;
};

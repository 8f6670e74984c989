/** Yuan as typed (InputNumber, two decimals) → integer fen; empty stays undefined so the backend says what is missing. */
export const fenOf = (yuan: number | null | undefined): number | undefined =>
  yuan === null || yuan === undefined ? undefined : Math.round(yuan * 100);

/**
 * A scanner that re-reads a label, or a double trigger, sends the same code twice in quick succession.
 * The same code within the window counts once; a different code, or the same one after the window, counts.
 */
export const duplicateScanWindowMs = 1000;

export interface ScanDeduper {
  /** True when the scan should be acted on. */
  accept: (code: string, at: number) => boolean;
}

export const createScanDeduper = (windowMs = duplicateScanWindowMs): ScanDeduper => {
  let last: { code: string; at: number } | null = null;
  return {
    accept: (code, at) => {
      const duplicate = last !== null && last.code === code && at - last.at < windowMs;
      // The window runs from the last accepted scan, so a label held under the scanner does not renew itself forever.
      if (!duplicate) last = { code, at };
      return !duplicate;
    },
  };
};

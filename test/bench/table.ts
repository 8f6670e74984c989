import type { BenchFigures } from './scenario';

/** A readable summary: one row per scenario, its headline figures, baseline and ratio (ours ÷ baseline); nested detail is left to the JSON. */
export const formatTable = (results: Record<string, BenchFigures>): string => {
  const rows = Object.entries(results).map(([name, figures]) => {
    const shown = Object.entries(figures)
      .flatMap(([key, value]) =>
        key === 'baseline' || key === 'ratio'
          ? []
          : typeof value === 'number' || typeof value === 'string'
            ? [`${key}=${value}`]
            : value === null
              ? [`${key}=-`]
              : [],
      )
      .slice(0, 4)
      .join('  ');
    const baseline = typeof figures.baseline === 'number' ? String(figures.baseline) : '-';
    const ratio = typeof figures.ratio === 'number' ? `${figures.ratio}×` : '-';
    return [name, shown, baseline, ratio];
  });
  const header = ['scenario', 'figures', 'baseline', 'ratio (ours ÷ baseline)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  │  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('──┼──'), ...rows.map(line)].join('\n');
};

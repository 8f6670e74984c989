import { AppError } from '../../../../shared/contract/errors';
import { fileError } from './csv-source';
import { bestPreset, headerKey, matchPreset, type PresetDefinition, type PresetMatch } from '../../../../shared/domain/import-presets';
import { isSkippableRow } from '../../../../shared/domain/import-rows';
import type { CsvRecord } from './csv-rows';

type HeaderResult = { status: 'ready'; headerIndex: number; match: PresetMatch } | { status: 'unknown_layout'; headerIndex: number };

/**
 * Finds the header row among the first records (exports sometimes start with a title line) and the preset
 * that reads it. A row that looks like a known export but lacks a required column is an error, not a
 * mapping question: the merchant exported the wrong columns.
 */
export const findHeader = (
  records: readonly CsvRecord[],
  presets: readonly PresetDefinition[],
  fileName: string,
  presetId?: string,
): HeaderResult => {
  const chosen = presetId ? presets.filter((p) => p.id === presetId) : presets;
  if (presetId && !chosen.length) throw new AppError('NOT_FOUND', 'import_preset_not_found', {}, `Import preset ${presetId} not found.`);
  let firstTableRow = -1;
  let nearest: { index: number; match: PresetMatch } | null = null;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!record || record.problem || isSkippableRow(record.cells)) continue;
    if (firstTableRow < 0 && record.cells.filter((c) => c.trim() !== '').length >= 2) firstTableRow = i;
    const match = bestPreset(chosen, record.cells);
    if (!match) continue;
    if (match.missingRequired.length === 0) {
      assertNoDuplicateColumns(record, match, fileName);
      return { status: 'ready', headerIndex: i, match };
    }
    if (!nearest || match.score > nearest.match.score) nearest = { index: i, match };
  }
  if (nearest && (nearest.match.score >= 0.5 || presetId)) {
    const row = records[nearest.index]?.row ?? 1;
    throw fileError(
      'file_header_missing_columns',
      { file: fileName, row, columns: nearest.match.missingRequired },
      `row ${row} (header) lacks the required column(s) ${nearest.match.missingRequired.join(', ')} for “${nearest.match.preset.name}”.`,
      {
        file: fileName,
        row,
        columns: nearest.match.missingRequired,
      },
    );
  }
  if (firstTableRow < 0)
    throw fileError('file_no_table', { file: fileName }, 'no table found (no row with at least two filled columns).', { file: fileName });
  return { status: 'unknown_layout', headerIndex: firstTableRow };
};

const assertNoDuplicateColumns = (record: CsvRecord, match: PresetMatch, fileName: string) => {
  const mappedHeaders = new Set(Object.values(match.preset.mapping).map(headerKey));
  const seen = new Map<string, number>();
  record.cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!mappedHeaders.has(key)) return;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw fileError(
        'file_header_duplicate_column',
        { file: fileName, row: record.row, column: cell.trim(), first: earlier + 1, second: i + 1 },
        `row ${record.row} (header) has the column “${cell.trim()}” twice (columns ${earlier + 1} and ${i + 1}); remove one.`,
        {
          file: fileName,
          row: record.row,
          column: cell.trim(),
        },
      );
    }
    seen.set(key, i);
  });
};

export { matchPreset };

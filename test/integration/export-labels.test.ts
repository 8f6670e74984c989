import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStatuses, caseTypes } from '../../shared/domain/aftersales';
import { claimMatches, dispositions, faultParties, grades, inspectionStates } from '../../shared/domain/inspection';
import { domainLabels } from '../../shared/domain/labels';
import { seedDatabase } from '../../electron/backend/seed/seed';
import { startTestBackend, type TestBackend } from '../support/backend';

const until = Date.UTC(2026, 10, 22) - 8 * 3600_000;

/** A CSV export read back: header → column of cells (the seeded texts hold no commas or quotes in these columns). */
const readCsv = (base64: string): Map<string, string[]> => {
  const [header = '', ...lines] = Buffer.from(base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const names = header.split(',');
  const rows = lines.map((line) => line.split(','));
  return new Map(names.map((name, i) => [name, rows.map((r) => r[i] ?? '')]));
};

const readXlsx = async (base64: string): Promise<Map<string, string[]>> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const names = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
  const columns = new Map<string, string[]>(names.map((n) => [n, []]));
  sheet?.eachRow((row, n) => {
    if (n === 1) return;
    names.forEach((name, i) => columns.get(name)?.push(row.getCell(i + 1).text));
  });
  return columns;
};

let t: TestBackend;
beforeAll(async () => {
  t = startTestBackend();
  seedDatabase(t.backend.db, { orders: 400, seed: 3, until });
  const owner = t.backend.db.prepare(`SELECT id FROM users WHERE name = 'owner'`).get() as { id: string };
  await t.call('auth.login', { userId: owner.id, pin: '123456' });
});
afterAll(() => t.close());

/** Every cell of a column is one of the labels, and none is a stored code. */
const expectLabels = (cells: string[] | undefined, labels: Record<string, string>, codes: readonly string[]) => {
  expect(cells?.length).toBeGreaterThan(0);
  const words = new Set(Object.values(labels));
  for (const cell of cells ?? []) {
    if (cell === '') continue;
    expect(words.has(cell), cell).toBe(true);
    expect(codes.includes(cell), cell).toBe(false);
  }
};

describe('exports word stored codes as the screens do, in the export’s language', () => {
  it('cases: 售后类型 and 状态 say 换货 / 退款成功 in Chinese (the default), “Exchange” / “Refunded” in English', async () => {
    const zh = readCsv((await t.call('export.list', { list: 'cases', filter: {}, format: 'csv' })).base64);
    const zhLabels = domainLabels['zh-CN'];
    expectLabels(zh.get('售后类型'), zhLabels.caseType, caseTypes);
    expectLabels(zh.get('状态'), zhLabels.caseStatus, caseStatuses);
    expect(zh.get('售后类型')).toContain('换货');
    expect(zh.get('状态')).toContain('退款成功');

    const en = await readXlsx((await t.call('export.list', { list: 'cases', filter: {}, format: 'xlsx', locale: 'en-US' })).base64);
    expectLabels(en.get('Type'), domainLabels['en-US'].caseType, caseTypes);
    expectLabels(en.get('Status'), domainLabels['en-US'].caseStatus, caseStatuses);
    expect(en.get('Status')).toContain('Refunded');
  });

  it('inspections: state, grade, disposition, fault and claim are worded', async () => {
    const zh = await readXlsx((await t.call('export.list', { list: 'inspections', filter: {}, format: 'xlsx', locale: 'zh-CN' })).base64);
    const labels = domainLabels['zh-CN'];
    expectLabels(zh.get('状态'), labels.inspectionState, inspectionStates);
    expectLabels(zh.get('等级'), labels.grade, grades);
    expectLabels(zh.get('处置'), labels.disposition, dispositions);
    expectLabels(zh.get('责任方'), labels.fault, faultParties);
    expectLabels(zh.get('与买家描述'), labels.claimMatch, claimMatches);
  });
});

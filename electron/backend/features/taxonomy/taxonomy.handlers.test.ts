import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { rawQuery } from '../../db/raw-sql';

let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterEach(() => t.close());

describe('the defect taxonomy', () => {
  it('starts with the bilingual default types and finds them by Chinese, English or code', async () => {
    expect((await t.call('taxonomy.list', {}, 'inspector')).length).toBe(15);
    expect((await t.call('taxonomy.list', { search: '线头' }, 'inspector')).map((d) => d.code)).toEqual(['LOOSE_THREAD']);
    expect((await t.call('taxonomy.list', { search: 'stain' }, 'inspector')).map((d) => d.code)).toEqual(['STAIN']);
    expect((await t.call('taxonomy.list', { search: 'wrong_' }, 'inspector')).map((d) => d.code)).toEqual(['WRONG_ITEM']);
    // A LIKE wildcard typed by a user is a literal character, not "anything".
    expect(await t.call('taxonomy.list', { search: '%' }, 'inspector')).toEqual([]);
  });

  it('lets an owner add, rename, re-class and deactivate a type; pickers stop showing it, nothing is deleted', async () => {
    const created = await t.call(
      'taxonomy.create',
      { code: 'seam_open', nameZh: '开缝', nameEn: 'Open seam', category: 'workmanship', defaultClass: 'minor' },
      'owner',
    );
    expect(created).toMatchObject({ code: 'SEAM_OPEN', active: true, usageCount: 0 });
    const updated = await t.call('taxonomy.update', { id: created.id, nameEn: 'Seam opened', defaultClass: 'major' }, 'owner');
    expect(updated).toMatchObject({ nameZh: '开缝', nameEn: 'Seam opened', defaultClass: 'major' });
    await t.call('taxonomy.setActive', { id: created.id, active: false }, 'owner');
    expect((await t.call('taxonomy.list', { search: '开缝' }, 'inspector')).length).toBe(0);
    expect((await t.call('taxonomy.list', { search: '开缝', includeInactive: true }, 'owner'))[0]).toMatchObject({ active: false });
    const audit = rawQuery<{ action: string }>(
      t.backend.db,
      `SELECT action FROM audit_log WHERE entity = 'defect_type' ORDER BY seq`,
    ).all();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'deactivate']);
  });

  it('refuses a duplicate code and a bad code with clear messages', async () => {
    const dup = await t.raw(
      'taxonomy.create',
      { code: 'ODOUR', nameZh: '异味2', nameEn: 'Smell', category: 'appearance', defaultClass: 'minor' },
      'owner',
    );
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('ODOUR already exists') } });
    const bad = await t.raw(
      'taxonomy.create',
      { code: '1 bad', nameZh: 'x', nameEn: 'x', category: 'appearance', defaultClass: 'minor' },
      'owner',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a second identical create (a double click on OK) with a clean conflict, and keeps one type', async () => {
    const draft = { code: 'SEAM_OPEN', nameZh: '开缝', nameEn: 'Open seam', category: 'workmanship', defaultClass: 'minor' } as const;
    const [first, second] = await Promise.all([t.raw('taxonomy.create', draft, 'owner'), t.raw('taxonomy.create', draft, 'owner')]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'defect_code_taken', params: { code: 'SEAM_OPEN' } } });
    // Another code with a name already in use is refused too: the picker could not tell the two apart.
    const sameName = await t.raw('taxonomy.create', { ...draft, code: 'SEAM_OPEN_2', nameEn: 'OPEN SEAM', nameZh: '开缝2' }, 'owner');
    expect(sameName).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'defect_name_taken', params: { name: 'Open seam' } } });
    const rename = await t.raw(
      'taxonomy.update',
      { id: (await t.call('taxonomy.list', { search: 'ODOUR' }, 'owner'))[0]!.id, nameZh: '开缝' },
      'owner',
    );
    expect(rename).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'defect_name_taken', params: { name: '开缝' } } });
    expect((await t.call('taxonomy.list', { search: '开缝' }, 'owner')).length).toBe(1);
  });

  it('is managed by owners only', async () => {
    const id = (await t.call('taxonomy.list', {}, 'inspector'))[0]!.id;
    expect(await t.raw('taxonomy.setActive', { id, active: false }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.raw('taxonomy.update', { id, nameZh: '改' }, 'service')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replySituations, unfilledPlaceholders } from '../../../../shared/domain/reply-templates';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';

let clock = Date.UTC(2026, 5, 1, 2, 0, 0);
let t: TestBackend;

beforeEach(async () => {
  clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  t = startTestBackend({ now: () => clock });
  await t.withUsers();
  insertCatalogFixture(t.backend.db, clock);
});
afterEach(() => t.close());

const count = (sql: string): number => (t.backend.db.prepare(sql).get() as { n: number }).n;

const newCase = async () => {
  await t.call(
    'orders.create',
    { orderNumber: '260601-001', status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
    'service',
  );
  return t.call(
    'cases.create',
    { caseNumber: 'CASE-001', orderNumber: '260601-001', type: 'return_refund', reasonCategory: 'quality', refundFen: 3990 },
    'service',
  );
};

describe('reply templates', () => {
  it('ships at least 15 active defaults covering every situation, each with an English gloss, for every role to read', async () => {
    const list = await t.call('templates.list', {}, 'service');
    expect(list.length).toBeGreaterThanOrEqual(15);
    expect(new Set(list.map((x) => x.situation))).toEqual(new Set(replySituations));
    // Listed in the order a conversation meets the situations.
    expect(list[0]?.situation).toBe('acknowledge');
    expect(list.at(-1)?.situation).toBe('feedback');
    for (const template of list) {
      expect(template.glossEn.length, template.titleEn).toBeGreaterThan(20);
      // A placeholder in the Chinese text is one the case can fill, and the gloss names the same ones.
      for (const p of unfilledPlaceholders(template.bodyZh))
        expect(['{买家昵称}', '{订单号}', '{商品}', '{处理时限}', '{解决方案}', '{金额}', '{客服名}']).toContain(p);
      expect(unfilledPlaceholders(template.glossEn).length, template.titleEn).toBe(unfilledPlaceholders(template.bodyZh).length);
    }
    expect((await t.call('templates.list', {}, 'inspector')).length).toBe(list.length);
  });

  it('lets the owner create, edit and deactivate a template (never delete), audited; service and inspectors may not', async () => {
    const created = await t.call('templates.create', {
      situation: 'progress',
      titleZh: '快递延误',
      titleEn: 'Courier delayed',
      bodyZh: '亲，快递这两天有些延误，我们已经在催了，{处理时限}前给您回复。',
      glossEn: 'The courier is a little delayed; we are chasing it and will answer before {deadline}.',
    });
    expect(created).toMatchObject({ situation: 'progress', active: true, usageCount: 0 });
    const edited = await t.call('templates.update', { id: created.id, titleZh: '快递延误说明' });
    expect(edited.titleZh).toBe('快递延误说明');
    const off = await t.call('templates.update', { id: created.id, active: false });
    expect(off.active).toBe(false);
    expect((await t.call('templates.list', {}, 'service')).map((x) => x.id)).not.toContain(created.id);
    expect((await t.call('templates.list', { includeInactive: true })).map((x) => x.id)).toContain(created.id);
    expect(count(`SELECT count(*) AS n FROM reply_templates WHERE id = '${created.id}'`)).toBe(1);
    const actions = t.backend.db
      .prepare(`SELECT action FROM audit_log WHERE entity = 'reply_template' AND entity_id = ? ORDER BY seq`)
      .all(created.id) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'deactivate']);

    for (const role of ['service', 'inspector']) {
      const create = await t.raw('templates.create', { situation: 'progress', titleZh: 'x', titleEn: 'x', bodyZh: 'x' }, role);
      expect(create).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'role_forbidden' } });
      const update = await t.raw('templates.update', { id: created.id, bodyZh: '改掉' }, role);
      expect(update).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await t.call('templates.list', { includeInactive: true })).find((x) => x.id === created.id)?.bodyZh).toContain('快递');
    expect(await t.raw('templates.update', { id: 'nope', active: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'reply_template_not_found' },
    });
  });

  it('keeps an owner-editable never-say list with defaults in Chinese and English', async () => {
    const list = await t.call('templates.neverSayList', {}, 'service');
    expect(list.some((p) => /[一-龥]/.test(p.phrase))).toBe(true);
    expect(list.some((p) => /^[a-z ]+$/.test(p.phrase))).toBe(true);
    expect(new Set(list.map((p) => p.kind))).toEqual(new Set(['blame', 'refusal', 'arguing']));

    const added = await t.call('templates.neverSayAdd', { phrase: '亲，这是规定', kind: 'refusal' });
    expect(await t.raw('templates.neverSayAdd', { phrase: 'YOUR FAULT', kind: 'blame' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'never_say_phrase_taken', params: { phrase: 'your fault' } },
    });
    const off = await t.call('templates.neverSayUpdate', { id: added.id, active: false });
    expect(off.active).toBe(false);
    expect((await t.call('templates.neverSayList', {})).map((p) => p.id)).not.toContain(added.id);
    expect(await t.raw('templates.neverSayAdd', { phrase: '别找了', kind: 'arguing' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.raw('templates.neverSayUpdate', { id: added.id, active: true }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('logging a reply made from a template', () => {
  it('refuses an outbound reply with an unfilled placeholder and stores nothing; a buyer’s braces are their words', async () => {
    const detail = await newCase();
    const refused = await t.raw(
      'communications.add',
      { caseId: detail.id, direction: 'outbound', text: '亲，您的订单{订单号}我们已经收到。', templateId: 'tpl_ack_quality' },
      'service',
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'reply_unfilled_placeholder', params: { placeholder: '{订单号}' } },
    });
    expect(count('SELECT count(*) AS n FROM communications')).toBe(0);
    expect((await t.call('cases.get', { id: detail.id }, 'service')).respondedAt).toBeNull();

    await t.call('communications.add', { caseId: detail.id, direction: 'inbound', text: '你们写的{订单号}是什么意思？' }, 'service');
    expect(count('SELECT count(*) AS n FROM communications')).toBe(1);
  });

  it('records the template a reply came from, counts its use, and refuses a switched-off template', async () => {
    const detail = await newCase();
    const added = await t.call(
      'communications.add',
      {
        caseId: detail.id,
        direction: 'outbound',
        text: '亲，您的订单260601-001我们已经查到了，今天内给您答复。',
        templateId: 'tpl_ack_quality',
      },
      'service',
    );
    expect(added.templateId).toBe('tpl_ack_quality');
    const used = (await t.call('templates.list', {})).find((x) => x.id === 'tpl_ack_quality');
    expect(used?.usageCount).toBe(1);

    await t.call('templates.update', { id: 'tpl_ack_late', active: false });
    const off = await t.raw(
      'communications.add',
      { caseId: detail.id, direction: 'outbound', text: '亲，让您久等了。', templateId: 'tpl_ack_late' },
      'service',
    );
    expect(off).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'reply_template_inactive' } });
    const unknown = await t.raw(
      'communications.add',
      { caseId: detail.id, direction: 'outbound', text: '亲，您好。', templateId: 'tpl_nope' },
      'service',
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'reply_template_not_found' } });
    expect(count('SELECT count(*) AS n FROM communications')).toBe(1);
  });

  it('refuses a 10 MB message as too long for its field, and stores nothing', async () => {
    const detail = await newCase();
    const huge = await t.raw(
      'communications.add',
      { caseId: detail.id, direction: 'outbound', text: '亲'.repeat(10 * 1024 * 1024) },
      'service',
    );
    expect(huge).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'invalid_input', params: { field: 'text' } } });
    expect(count('SELECT count(*) AS n FROM communications')).toBe(0);
  });
});

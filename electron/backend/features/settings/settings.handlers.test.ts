import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultOutcomePolicy } from '../../../../shared/domain/outcome';
import { defaultRemedyCostRates } from '../../../../shared/domain/remedy-cost';
import { defaultDeskAlerts } from '../../../../shared/domain/desk';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { first, sql$ } from '../../db/query';
import { insertScanFixture } from '../../../../test/support/scan-fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterEach(() => t.close());

describe('settings.policy', () => {
  it('starts with the first-run defaults and everyone can read it', async () => {
    for (const session of ['owner', 'inspector', 'service']) {
      expect(await t.call('settings.getPolicy', {}, session)).toEqual({
        responseHours: 48,
        refundHours: 48,
        noReasonWindowDays: 7,
        timezone: 'Asia/Shanghai',
        locale: 'zh-CN',
        outcome: defaultOutcomePolicy,
        law: { freeReturnShipping: false },
        remedyCosts: defaultRemedyCostRates,
        deskAlerts: defaultDeskAlerts,
        followUp: { days: 3 },
        escalation: { defaultEvidenceHours: 72, ownerAnswerHours: 4 },
        aql: { level: 'II', critical: 0, major: 2.5, minor: 4 },
      });
    }
  });

  it('the owner sets the follow-up days; out-of-range days are refused and change nothing', async () => {
    expect((await t.call('settings.updatePolicy', { followUp: { days: 5 } }, 'owner')).followUp).toEqual({ days: 5 });
    expect(await t.raw('settings.updatePolicy', { followUp: { days: 0 } }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await t.call('settings.getPolicy', {}, 'service')).followUp).toEqual({ days: 5 });
    expect(await t.raw('settings.updatePolicy', { followUp: { days: 4 } }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('the owner changes part of it; the change persists across a restart and is audited before/after', async () => {
    const updated = await t.call('settings.updatePolicy', { responseHours: 24, timezone: 'Asia/Hong_Kong' }, 'owner');
    expect(updated).toMatchObject({ responseHours: 24, refundHours: 48, timezone: 'Asia/Hong_Kong' });
    const audit = await t.call('audit.list', { entity: 'settings', entityId: 'policy' }, 'owner');
    expect(audit.total).toBe(1);
    expect(audit.rows[0]).toMatchObject({
      userName: 'Owner',
      action: 'update_policy',
      before: { responseHours: 48 },
      after: { responseHours: 24 },
    });

    const dataDir = t.dataDir;
    t.backend.close();
    const reopened = startTestBackend({ dataDir });
    await reopened.call(
      'auth.login',
      { userId: (await reopened.call('auth.loginChoices', {}, 'x')).find((u) => u.role === 'owner')?.id ?? '', pin: '123456' },
      'owner',
    );
    expect(await reopened.call('settings.getPolicy', {}, 'owner')).toMatchObject({ responseHours: 24, timezone: 'Asia/Hong_Kong' });
    t = reopened;
  });

  it('refuses inspectors and service staff, and bad values with the field named', async () => {
    for (const session of ['inspector', 'service']) {
      const refused = await t.raw('settings.updatePolicy', { responseHours: 12 }, session);
      expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
    }
    const fractional = await t.raw('settings.updatePolicy', { responseHours: 1.5 }, 'owner');
    expect(fractional.ok || [fractional.error.code, (fractional.error.details as { path: string }[])[0]?.path]).toEqual([
      'VALIDATION',
      'responseHours',
    ]);
    // 0 and −5 hours are refused, never stored as 1 (found by hand in the form, which clamped them silently).
    for (const bad of [{ responseHours: 0 }, { responseHours: -5 }, { refundHours: 0 }]) {
      const refused = await t.raw('settings.updatePolicy', bad, 'owner');
      expect(refused.ok || [refused.error.code, (refused.error.details as { path: string }[])[0]?.path]).toEqual([
        'VALIDATION',
        Object.keys(bad)[0],
      ]);
    }
    const zone = await t.raw('settings.updatePolicy', { timezone: 'Mars/Olympus' }, 'owner');
    expect(zone.ok || (zone.error.details as { path: string }[])[0]?.path).toBe('timezone');
    expect((await t.call('settings.getPolicy', {}, 'owner')).responseHours).toBe(48);
  });
});

describe('settings.policy outcome (the suggested refund after an inspection)', () => {
  const completePartlyConfirmed = async () => {
    const fx = insertScanFixture(t.backend.db, [{ caseNumber: 'AS1', orderNumber: '261120-1', returnTracking: 'ZT1', refundFen: 10000 }]);
    const caseId = fx.caseIds.AS1 ?? '';
    const defect = first(t.backend.db, sql$.selectFrom('defect_types').select('id').where('code', '=', 'COLOUR_DIFFERENCE'));
    await t.call('receiving.receive', { caseId, packageCondition: 'intact' }, 'inspector');
    const done = await t.call(
      'inspections.complete',
      {
        caseId,
        grade: 'B',
        claimMatch: 'partly',
        fault: 'supplier',
        disposition: 'restock_b',
        defects: [{ defectTypeId: defect?.id ?? '', quantity: 1 }],
      },
      'inspector',
    );
    return done.suggestion;
  };

  it('the owner sets a percentage; it survives other policy changes and the next inspection suggests by it', async () => {
    const updated = await t.call(
      'settings.updatePolicy',
      { outcome: { partlyConfirmedRefundPercent: 30, customerDamageRefundPercentByGrade: { D: 10 } } },
      'owner',
    );
    expect(updated.outcome).toEqual({
      partlyConfirmedRefundPercent: 30,
      customerDamageRefundPercentByGrade: { A: 100, B: 80, C: 50, D: 10 },
    });
    // A later change of another key keeps the outcome: every feature reads the policy through one reader.
    await t.call('settings.updatePolicy', { responseHours: 24 }, 'owner');
    expect((await t.call('settings.getPolicy', {}, 'service')).outcome).toEqual(updated.outcome);
    expect(await completePartlyConfirmed()).toEqual({ outcome: 'partial_refund', refundFen: 3000, basis: 'claim_partly_confirmed' });
    const audit = await t.call('audit.list', { entity: 'settings', entityId: 'policy' }, 'owner');
    expect(audit.rows.at(-1)).toMatchObject({
      before: { outcome: { partlyConfirmedRefundPercent: 50 } },
      after: { outcome: { partlyConfirmedRefundPercent: 30 } },
    });
  });

  it('is the owner’s alone, and refuses a share outside 0–100 or an unknown grade, naming the field', async () => {
    for (const session of ['inspector', 'service']) {
      const refused = await t.raw('settings.updatePolicy', { outcome: { partlyConfirmedRefundPercent: 0 } }, session);
      expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
    }
    const tooMuch = await t.raw('settings.updatePolicy', { outcome: { partlyConfirmedRefundPercent: 150 } }, 'owner');
    expect(tooMuch.ok || [tooMuch.error.code, (tooMuch.error.details as { path: string }[])[0]?.path]).toEqual([
      'VALIDATION',
      'outcome.partlyConfirmedRefundPercent',
    ]);
    const grade = await t.raw('settings.updatePolicy', { outcome: { customerDamageRefundPercentByGrade: { E: 10 } } }, 'owner');
    expect(grade.ok || grade.error.code).toBe('VALIDATION');
    expect((await t.call('settings.getPolicy', {}, 'owner')).outcome).toEqual(defaultOutcomePolicy);
    expect(await completePartlyConfirmed()).toMatchObject({ outcome: 'partial_refund', refundFen: 5000 });
  });
});

describe('audit.list', () => {
  it('filters by user and entity, newest first, and is for owners only', async () => {
    await t.call('settings.updatePolicy', { refundHours: 72 }, 'owner');
    await t.call('auth.setLocale', { locale: 'en-US' }, 'service');
    const byUser = await t.call(
      'audit.list',
      { userId: (await t.call('users.list', {}, 'owner')).find((u) => u.name === 'Service')?.id },
      'owner',
    );
    expect(byUser.rows.every((r) => r.userName === 'Service')).toBe(true);
    expect(byUser.rows.map((r) => r.action)).toEqual(['set_locale']);
    const all = await t.call('audit.list', { limit: 500 }, 'owner');
    expect(all.rows[0]?.seq).toBeGreaterThan(all.rows[all.rows.length - 1]?.seq ?? Infinity);
    const refused = await t.raw('audit.list', {}, 'service');
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
  });
});

describe('users management is for owners only (real backend)', () => {
  it('refuses inspectors and service staff listing, adding or changing users, and nothing is written', async () => {
    const before = t.backend.db.prepare('SELECT count(*) AS n FROM users').get();
    const owner = (await t.call('users.list', {}, 'owner')).find((u) => u.role === 'owner');
    for (const session of ['inspector', 'service']) {
      for (const [method, input] of [
        ['users.list', {}],
        ['users.create', { name: 'Sneaky', role: 'owner', pin: '999999' }],
        ['users.update', { id: owner?.id ?? '', role: 'inspector' }],
      ] as const) {
        const refused = await t.raw(method, input, session);
        expect(refused.ok || refused.error.code, `${session} ${method}`).toBe('FORBIDDEN');
      }
    }
    expect(t.backend.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual(before);
    expect((await t.call('users.list', {}, 'owner')).find((u) => u.id === owner?.id)?.role).toBe('owner');
  });
});

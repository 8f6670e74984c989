import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../shared/contract';
import type { Audience } from '../../shared/contract/define';
import { roles, type Role } from '../../shared/domain/roles';
import type { BackendServices, Handlers } from '../../electron/backend/core/context';
import { createDispatcher } from '../../electron/backend/core/dispatch';
import { SessionStore } from '../../electron/backend/core/sessions';
import { startTestBackend, type TestBackend } from '../support/backend';
import { validSampleFor } from './roles.sample-input';

/**
 * Walks the WHOLE contract: for every method and every role it does not list, the dispatcher answers FORBIDDEN
 * (and UNAUTHENTICATED without a session) before any handler runs. Handlers are replaced by recorders, so a
 * refusal that happened inside a handler (too late: it could have read or written) would be caught.
 */
const allows = (audience: Audience, role: Role): boolean => audience === 'anyUser' || audience === 'public' || audience.includes(role);

/** A schema with cross-field rules the generic sampler cannot guess gets a hand-written input here. */
const sampleOverrides: Partial<Record<MethodName, unknown>> = {};

const inputFor = (method: MethodName): unknown => sampleOverrides[method] ?? validSampleFor(contract[method].input);

let t: TestBackend;
const calls: string[] = [];
let dispatch: (method: string, input: unknown, session: string) => Promise<{ ok: boolean; error?: { code: string } }>;

beforeAll(() => {
  t = startTestBackend();
  const sessions = new SessionStore();
  for (const role of roles) sessions.set(role, { id: `user-${role}`, name: role, role, locale: 'zh-CN' });
  const recorders = Object.fromEntries(
    methodNames.map((name) => [
      name,
      () => {
        calls.push(name);
        return { recorded: true };
      },
    ]),
  ) as unknown as Handlers;
  // Recorders answer nothing the output schemas accept; those INTERNAL answers are expected, so stay quiet.
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  // Recorders use no shared service; the cast keeps this compiling when features add services by declaration merging.
  const services = {} as BackendServices;
  const dispatcher = createDispatcher({
    db: t.backend.db,
    env: { ...t.backend.env, logger: silent },
    sessions,
    handlers: recorders,
    services,
  });
  dispatch = async (method, input, session) => {
    const result = await dispatcher.dispatch(method, input, session);
    return result.ok ? { ok: true } : { ok: false, error: { code: result.error.code } };
  };
});
afterAll(() => t.close());

describe('every contract method checks roles before its handler', () => {
  it('has a valid sample input for every method (add an override above for a new method if this fails)', () => {
    const unsampled = methodNames.filter((m) => !contract[m].input.safeParse(inputFor(m)).success);
    expect(unsampled).toEqual([]);
  });

  it.each(methodNames)('%s', async (method) => {
    const spec = contract[method];
    const input = inputFor(method);
    for (const role of roles) {
      calls.length = 0;
      const result = await dispatch(method, input, role);
      if (allows(spec.roles, role)) {
        // The allowed side proves the input really passes validation and the handler is reached.
        expect(calls, `${role} should reach ${method}`).toEqual([method]);
      } else {
        expect(result.error?.code, `${role} calling ${method}`).toBe('FORBIDDEN');
        expect(calls, `${method} ran for ${role}`).toEqual([]);
      }
    }
    calls.length = 0;
    const anonymous = await dispatch(method, input, 'no-session');
    if (spec.roles === 'public') {
      expect(calls).toEqual([method]);
    } else {
      expect(anonymous.error?.code).toBe('UNAUTHENTICATED');
      expect(calls).toEqual([]);
    }
  });
});

describe('the business rules about who may do what', () => {
  const writes = (prefix: string) => methodNames.filter((m) => m.startsWith(prefix) && contract[m].access !== 'read');

  it('inspectors cannot change policy, taxonomy or users', () => {
    const protectedWrites = [...writes('settings.'), ...writes('taxonomy.'), ...writes('users.'), 'users.list' as MethodName];
    expect(protectedWrites).toContain('settings.updatePolicy');
    expect(protectedWrites).toContain('users.create');
    for (const method of protectedWrites) expect(allows(contract[method].roles, 'inspector'), method).toBe(false);
  });

  it('only owners shape the reply templates and the never-say list; service staff and inspectors read them', () => {
    const templateWrites = writes('templates.');
    expect(templateWrites).toEqual(
      expect.arrayContaining(['templates.create', 'templates.update', 'templates.neverSayAdd', 'templates.neverSayUpdate']),
    );
    for (const method of templateWrites) {
      expect(allows(contract[method].roles, 'inspector'), method).toBe(false);
      expect(allows(contract[method].roles, 'service'), method).toBe(false);
    }
    for (const method of ['templates.list', 'templates.neverSayList'] as const)
      expect(allows(contract[method].roles, 'service'), method).toBe(true);
  });

  it('service staff handle cases and communications; owners may call everything but public setup', () => {
    for (const method of [...writes('cases.'), ...writes('communications.')].filter((m) => m !== 'cases.void')) {
      expect(allows(contract[method].roles, 'service'), method).toBe(true);
    }
    for (const method of methodNames) expect(allows(contract[method].roles, 'owner'), method).toBe(true);
  });
});

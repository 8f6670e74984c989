import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/contract';
import { handlers } from '../../electron/backend/handlers';

/** The contract and the handler registry must name the same methods: nothing declared without a handler, nothing handled undeclared. */
describe('contract ↔ handlers', () => {
  const handled = Object.keys(handlers).sort();
  const declared = [...methodNames].sort();

  it('every declared method has a handler function', () => {
    const missing = declared.filter((method) => typeof (handlers as Record<string, unknown>)[method] !== 'function');
    expect(missing).toEqual([]);
  });

  it('every handler is declared in the contract', () => {
    expect(handled.filter((method) => !Object.hasOwn(contract, method))).toEqual([]);
  });

  it('every method is named feature.verb and declares its roles and access', () => {
    for (const method of declared) {
      expect(method).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      const spec = contract[method];
      expect(spec.roles === 'public' || spec.roles === 'anyUser' || (Array.isArray(spec.roles) && spec.roles.length > 0)).toBe(true);
      expect(['read', 'write', 'job']).toContain(spec.access);
      expect(spec.summary.length).toBeGreaterThan(10);
    }
  });
});

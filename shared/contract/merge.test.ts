import { describe, expect, it } from 'vitest';
import { mergeFeatures } from './merge';
import { contract } from './index';

describe('mergeFeatures: registering a feature cannot go wrong silently', () => {
  it('joins the features by method name', () => {
    const merged = mergeFeatures('contract', { cases: { 'cases.list': 1, 'cases.get': 2 }, orders: { 'orders.create': 3 } });
    expect(merged).toEqual({ 'cases.list': 1, 'cases.get': 2, 'orders.create': 3 });
  });

  it('throws on a method registered twice, naming both features', () => {
    // The second feature claims `cases.list` too: a spread would keep only the later one, without a word.
    expect(() => mergeFeatures('handlers', { cases: { 'cases.list': 1 }, cases2: { 'cases.list': 2 } })).toThrow(
      'handlers: "cases.list" is registered twice, by cases and by cases2.',
    );
  });

  it('throws on a method outside its feature’s prefix', () => {
    expect(() => mergeFeatures('contract', { cases: { 'cases.list': 1, 'orders.create': 2 } })).toThrow(
      'contract: "orders.create" is registered by feature cases',
    );
  });

  it('the real contract holds every method once, each under its own feature', () => {
    for (const method of Object.keys(contract)) expect(method).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});

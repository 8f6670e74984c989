import { describe, expect, it } from 'vitest';
import { createScanDeduper } from './scan-dedup';
import { decideKey, handTypingMs } from './scan-keys';

describe('the same code twice within a second counts once', () => {
  it('drops a repeat inside the window and accepts it after', () => {
    const dedup = createScanDeduper(1000);
    expect(dedup.accept('ZT1', 0)).toBe(true);
    expect(dedup.accept('ZT1', 400)).toBe(false);
    expect(dedup.accept('ZT1', 999)).toBe(false);
    expect(dedup.accept('ZT1', 1000)).toBe(true);
  });

  it('accepts a different code at once, and the first code again right after it', () => {
    const dedup = createScanDeduper(1000);
    expect(dedup.accept('ZT1', 0)).toBe(true);
    expect(dedup.accept('ZT2', 10)).toBe(true);
    expect(dedup.accept('ZT1', 20)).toBe(true);
  });

  it('does not let a label held under the scanner renew its own window', () => {
    const dedup = createScanDeduper(1000);
    expect(dedup.accept('ZT1', 0)).toBe(true);
    expect(dedup.accept('ZT1', 600)).toBe(false);
    expect(dedup.accept('ZT1', 1100)).toBe(true);
  });
});

describe('shortcut keys versus a scanner burst', () => {
  const fresh = { held: null, lastShortcut: null };

  it('holds a shortcut key pressed into an empty box', () => {
    expect(decideKey(fresh, '2', true, true, 0)).toEqual({ kind: 'hold', key: '2' });
  });

  it('types a shortcut key when the box already has text (the middle of a code)', () => {
    expect(decideKey(fresh, '2', false, true, 0)).toEqual({ kind: 'type' });
  });

  it('flushes the held key when the next key of a scan burst arrives', () => {
    expect(decideKey({ held: '2', lastShortcut: null }, '6', true, true, 5)).toEqual({ kind: 'flush', text: '2' });
  });

  it('undoes a shortcut when a person keeps typing a code by hand', () => {
    const state = { held: null, lastShortcut: { key: '2', at: 0 } };
    expect(decideKey(state, '6', true, false, 300)).toEqual({ kind: 'undo-and-type', text: '2' });
    expect(decideKey(state, '6', true, false, handTypingMs + 1)).toEqual({ kind: 'type' });
  });

  it('treats a second shortcut key soon after the first as a change of mind', () => {
    expect(decideKey({ held: null, lastShortcut: { key: '2', at: 0 } }, '3', true, true, 300)).toEqual({ kind: 'hold', key: '3' });
  });

  it('types ordinary keys', () => {
    expect(decideKey(fresh, 'Z', true, false, 0)).toEqual({ kind: 'type' });
  });
});

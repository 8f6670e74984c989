import { describe, expect, it } from 'vitest';
import { createScanDeduper } from './scan-dedup';
import { decideKey, handTypingMs, settleHeld } from './scan-keys';

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

  it('undoes a shortcut when a person keeps typing a code by hand (no burst follows the next key)', () => {
    const state = { held: null, lastShortcut: { key: '2', at: 0 } };
    expect(decideKey(state, '6', true, false, 300)).toEqual({ kind: 'hold-after-shortcut', key: '6' });
    expect(settleHeld({ held: '6', lastShortcut: { key: '2', at: 0 } })).toEqual({ kind: 'undo-and-type', text: '26' });
    expect(decideKey(state, '6', true, false, handTypingMs + 1)).toEqual({ kind: 'type' });
  });

  it('keeps the shortcut when a parcel is scanned right after it (the next key starts a burst)', () => {
    const state = { held: null, lastShortcut: { key: '3', at: 0 } };
    expect(decideKey(state, '7', true, false, 400)).toEqual({ kind: 'hold-after-shortcut', key: '7' });
    // The scanner's second key comes within the burst gap: the held key is typed, nothing is undone.
    expect(decideKey({ held: '7', lastShortcut: { key: '3', at: 0 } }, '3', true, true, 405)).toEqual({ kind: 'flush', text: '7' });
  });

  it('runs a held shortcut key when no burst follows it', () => {
    expect(settleHeld({ held: '3', lastShortcut: null })).toEqual({ kind: 'shortcut', key: '3' });
    expect(settleHeld({ held: null, lastShortcut: null })).toBeNull();
  });

  it('treats a second shortcut key soon after the first as a change of mind', () => {
    expect(decideKey({ held: null, lastShortcut: { key: '2', at: 0 } }, '3', true, true, 300)).toEqual({ kind: 'hold', key: '3' });
  });

  it('types ordinary keys', () => {
    expect(decideKey(fresh, 'Z', true, false, 0)).toEqual({ kind: 'type' });
  });
});

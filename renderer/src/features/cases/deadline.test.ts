import { describe, expect, it } from 'vitest';
import { deadlineState, durationParts } from './deadline';

const hour = 3_600_000;
const now = Date.UTC(2026, 5, 1, 8);
const open = { status: 'pending_merchant' as const, waitingOn: 'merchant' as const, respondedAt: null, voided: false };

describe('deadlineState', () => {
  it('is overdue once the deadline has passed on an open, unanswered case', () => {
    expect(deadlineState({ ...open, deadlineAt: now - 1 }, now)).toEqual({ kind: 'overdue', msLeft: -1 });
  });
  it('is due soon within 12 hours and ok beyond', () => {
    expect(deadlineState({ ...open, deadlineAt: now + 11 * hour }, now).kind).toBe('soon');
    expect(deadlineState({ ...open, deadlineAt: now + 13 * hour }, now).kind).toBe('ok');
  });
  it('a first reply to the buyer does not stop the clock; a finished or voided case is never late', () => {
    expect(deadlineState({ ...open, deadlineAt: now - hour, respondedAt: now - 2 * hour }, now).kind).toBe('overdue');
    expect(deadlineState({ ...open, status: 'succeeded', deadlineAt: now - hour }, now).kind).toBe('finished');
    expect(deadlineState({ ...open, voided: true, deadlineAt: now - hour }, now).kind).toBe('voided');
    expect(deadlineState({ ...open, deadlineAt: null }, now).kind).toBe('none');
  });
  it('never counts down for a case waiting on the buyer or the platform, or whose status nobody knows', () => {
    expect(deadlineState({ ...open, status: 'awaiting_return', waitingOn: 'buyer', deadlineAt: now - hour }, now).kind).toBe(
      'waiting_buyer',
    );
    expect(deadlineState({ ...open, status: 'platform_review', waitingOn: 'platform', deadlineAt: now - hour }, now).kind).toBe(
      'waiting_platform',
    );
    expect(deadlineState({ ...open, status: 'other', waitingOn: 'review', deadlineAt: now - hour }, now).kind).toBe('needs_review');
  });
});

describe('durationParts', () => {
  it('keeps the two largest units', () => {
    expect(durationParts(28 * hour + 5 * 60_000)).toEqual([
      { unit: 'd', count: 1 },
      { unit: 'h', count: 4 },
    ]);
    expect(durationParts(-(3 * hour + 20 * 60_000))).toEqual([
      { unit: 'h', count: 3 },
      { unit: 'm', count: 20 },
    ]);
    expect(durationParts(59_000)).toEqual([{ unit: 'm', count: 0 }]);
  });
});

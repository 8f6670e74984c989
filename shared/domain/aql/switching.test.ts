import { describe, expect, it } from 'vitest';
import {
  approveReduced,
  canApproveReduced,
  endReduced,
  replayScheme,
  resumeAfterDiscontinuation,
  scorePoints,
  type SchemeEvent,
} from './switching';

const lot = (accepted: boolean, scorePoints = accepted ? 3 : 0): SchemeEvent => ({ kind: 'lot', result: { accepted, scorePoints } });
const ok = lot(true);
const bad = lot(false);

describe('ISO 2859-1 §9 switching rules', () => {
  it('starts on normal inspection', () => {
    expect(replayScheme([]).state.mode).toBe('normal');
  });

  it('normal → tightened when 2 of 5 or fewer consecutive lots are rejected', () => {
    expect(replayScheme([bad, ok, ok, ok, bad]).switches).toEqual([
      { from: 'normal', to: 'tightened', reason: 'two_of_five_rejected', at: 4 },
    ]);
    expect(replayScheme([bad, bad]).state.mode).toBe('tightened');
  });

  it('stays normal when the two rejections are 6 lots apart', () => {
    const { state, switches } = replayScheme([bad, ok, ok, ok, ok, bad]);
    expect(switches).toEqual([]);
    expect(state.mode).toBe('normal');
  });

  it('tightened → normal after 5 consecutive accepted lots', () => {
    const { state, switches } = replayScheme([bad, bad, ok, ok, ok, ok, ok]);
    expect(switches.at(-1)).toEqual({ from: 'tightened', to: 'normal', reason: 'five_accepted_on_tightened', at: 6 });
    expect(state.mode).toBe('normal');
  });

  it('a rejection on tightened restarts the count of 5 accepted', () => {
    expect(replayScheme([bad, bad, ok, ok, ok, ok, bad, ok, ok, ok, ok]).state.mode).toBe('tightened');
  });

  it('discontinues when the cumulative count of lots rejected on tightened reaches 5 (not necessarily in a row)', () => {
    const { state, switches } = replayScheme([bad, bad, bad, ok, bad, ok, ok, bad, ok, bad, bad]);
    expect(switches.at(-1)).toEqual({ from: 'tightened', to: 'discontinued', reason: 'five_rejected_on_tightened', at: 10 });
    expect(state.mode).toBe('discontinued');
  });

  it('lots after discontinuation change nothing; the owner resumes on tightened', () => {
    const stopped = replayScheme([bad, bad, bad, bad, bad, bad, bad]).state;
    expect(stopped.mode).toBe('discontinued');
    expect(replayScheme([bad, bad, bad, bad, bad, bad, bad, ok, ok, ok, ok, ok]).state.mode).toBe('discontinued');
    expect(resumeAfterDiscontinuation(stopped)?.state.mode).toBe('tightened');
    expect(resumeAfterDiscontinuation(replayScheme([]).state)).toBeNull();
  });

  it('normal → reduced needs a switching score of 30 AND the owner approving it', () => {
    const nine = replayScheme(Array.from({ length: 9 }, () => ok)).state;
    expect(nine.switchingScore).toBe(27);
    expect(canApproveReduced(nine)).toBe(false);
    expect(approveReduced(nine)).toBeNull();
    const ten = replayScheme(Array.from({ length: 10 }, () => ok)).state;
    expect(ten.mode).toBe('normal'); // never by itself
    expect(approveReduced(ten)?.switched).toEqual({ from: 'normal', to: 'reduced', reason: 'owner_approved_reduced' });
  });

  it('a lot that earns no points resets the switching score', () => {
    const events = [...Array.from({ length: 9 }, () => ok), lot(true, 0), ok];
    expect(replayScheme(events).state.switchingScore).toBe(3);
  });

  it('reduced → normal on a rejected lot, or when the owner ends it', () => {
    const events: SchemeEvent[] = [...Array.from({ length: 10 }, () => ok), { kind: 'approveReduced' }, ok, bad];
    const { state, switches } = replayScheme(events);
    expect(switches.map((entry) => entry.reason)).toEqual(['owner_approved_reduced', 'rejected_on_reduced']);
    expect(state.mode).toBe('normal');
    const reduced = replayScheme(events.slice(0, 11)).state;
    expect(endReduced(reduced)?.state.mode).toBe('normal');
  });
});

describe('§9.3.3 switching score points', () => {
  it('Ac ≥ 2: 3 points when the lot passes one AQL step tighter, else 0', () => {
    expect(scorePoints([{ accept: 5, defective: 3, tighterAccept: 3 }])).toBe(3);
    expect(scorePoints([{ accept: 5, defective: 4, tighterAccept: 3 }])).toBe(0);
  });
  it('Ac 0 or 1: 2 points when accepted, else 0', () => {
    expect(scorePoints([{ accept: 1, defective: 1, tighterAccept: null }])).toBe(2);
    expect(scorePoints([{ accept: 0, defective: 1, tighterAccept: null }])).toBe(0);
  });
  it('several classes: the smallest wins', () => {
    expect(
      scorePoints([
        { accept: 5, defective: 0, tighterAccept: 3 },
        { accept: 0, defective: 0, tighterAccept: null },
      ]),
    ).toBe(2);
  });
});

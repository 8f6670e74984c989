import type { Severity } from './tables';

/**
 * ISO 2859-1:1999 §9 switching rules for one supplier and product, as a pure fold over its lot results and the
 * owner's decisions. Only original inspections count (a re-submitted lot is not a new result).
 */
export type SchemeMode = Severity | 'discontinued';

export interface SchemeState {
  mode: SchemeMode;
  /** Results (true = accepted) since the current mode began, newest last. */
  results: boolean[];
  /** §9.3.3 switching score, kept on normal inspection only. */
  switchingScore: number;
  /** Lots not accepted since tightened inspection began (§9.4: reaching 5 discontinues). */
  rejectedOnTightened: number;
}

export type SwitchReason =
  | 'two_of_five_rejected'
  | 'five_accepted_on_tightened'
  | 'five_rejected_on_tightened'
  | 'rejected_on_reduced'
  | 'owner_approved_reduced'
  | 'owner_ended_reduced'
  | 'owner_resumed';

export interface Switch {
  from: SchemeMode;
  to: SchemeMode;
  reason: SwitchReason;
}

/** One lot's outcome; `scorePoints` is what §9.3.3 adds (see `scorePoints`), or 0 to reset the score. */
export interface LotResult {
  accepted: boolean;
  scorePoints: number;
}

export const reducedScoreThreshold = 30;

export const initialScheme: SchemeState = { mode: 'normal', results: [], switchingScore: 0, rejectedOnTightened: 0 };

const enter = (mode: SchemeMode): SchemeState => ({ mode, results: [], switchingScore: 0, rejectedOnTightened: 0 });

/**
 * §9.3.3: with Ac ≥ 2, add 3 when the lot would still be accepted at the AQL one step tighter, else reset; with
 * Ac 0 or 1, add 2 when the lot is accepted, else reset. With several classes the lot earns the smallest of its
 * classes' points (any reset resets).
 */
export const scorePoints = (classes: readonly { accept: number; defective: number; tighterAccept: number | null }[]): number => {
  const points = classes.map((entry) => {
    if (entry.accept >= 2) return entry.tighterAccept !== null && entry.defective <= entry.tighterAccept ? 3 : 0;
    return entry.defective <= entry.accept ? 2 : 0;
  });
  return points.length === 0 ? 0 : Math.min(...points);
};

/** The state after one lot inspected under the state's mode, and the switch it causes, if any. */
export const afterLot = (state: SchemeState, lot: LotResult): { state: SchemeState; switched: Switch | null } => {
  const results = [...state.results, lot.accepted];
  const to = (mode: SchemeMode, reason: SwitchReason) => ({ state: enter(mode), switched: { from: state.mode, to: mode, reason } });
  switch (state.mode) {
    case 'normal': {
      // §9.3.2: two lots not accepted within five or fewer consecutive lots.
      if (results.slice(-5).filter((accepted) => !accepted).length >= 2) return to('tightened', 'two_of_five_rejected');
      const switchingScore = lot.scorePoints === 0 ? 0 : state.switchingScore + lot.scorePoints;
      return { state: { ...state, results, switchingScore }, switched: null };
    }
    case 'tightened': {
      const rejectedOnTightened = state.rejectedOnTightened + (lot.accepted ? 0 : 1);
      // §9.4: the cumulative count of lots not accepted on tightened inspection reaches five.
      if (rejectedOnTightened >= 5) return to('discontinued', 'five_rejected_on_tightened');
      // §9.3.1: five consecutive lots accepted on tightened inspection.
      if (results.length >= 5 && results.slice(-5).every(Boolean)) return to('normal', 'five_accepted_on_tightened');
      return { state: { ...state, results, rejectedOnTightened }, switched: null };
    }
    case 'reduced':
      // §9.3.4: a lot not accepted on reduced inspection.
      if (!lot.accepted) return to('normal', 'rejected_on_reduced');
      return { state: { ...state, results }, switched: null };
    case 'discontinued':
      return { state, switched: null };
  }
};

/** §9.3.3 needs the score, steady production and the responsible authority's approval: the owner's explicit act. */
export const canApproveReduced = (state: SchemeState): boolean => state.mode === 'normal' && state.switchingScore >= reducedScoreThreshold;

export const approveReduced = (state: SchemeState): { state: SchemeState; switched: Switch } | null =>
  canApproveReduced(state)
    ? { state: enter('reduced'), switched: { from: 'normal', to: 'reduced', reason: 'owner_approved_reduced' } }
    : null;

/** §9.3.4: production irregular or other conditions: the owner may go back to normal at any time. */
export const endReduced = (state: SchemeState): { state: SchemeState; switched: Switch } | null =>
  state.mode === 'reduced' ? { state: enter('normal'), switched: { from: 'reduced', to: 'normal', reason: 'owner_ended_reduced' } } : null;

/** §9.4: after the supplier has improved, inspection resumes on tightened. */
export const resumeAfterDiscontinuation = (state: SchemeState): { state: SchemeState; switched: Switch } | null =>
  state.mode === 'discontinued'
    ? { state: enter('tightened'), switched: { from: 'discontinued', to: 'tightened', reason: 'owner_resumed' } }
    : null;

export type SchemeEvent = { kind: 'lot'; result: LotResult } | { kind: 'approveReduced' } | { kind: 'endReduced' } | { kind: 'resume' };

/** Replays a supplier/product's history in time order; returns the state and every switch with its event index. */
export const replayScheme = (events: readonly SchemeEvent[]): { state: SchemeState; switches: (Switch & { at: number })[] } => {
  let state = initialScheme;
  const switches: (Switch & { at: number })[] = [];
  events.forEach((event, at) => {
    const next =
      event.kind === 'lot'
        ? afterLot(state, event.result)
        : event.kind === 'approveReduced'
          ? approveReduced(state)
          : event.kind === 'endReduced'
            ? endReduced(state)
            : resumeAfterDiscontinuation(state);
    if (next === null) return;
    state = next.state;
    if (next.switched !== null) switches.push({ ...next.switched, at });
  });
  return { state, switches };
};

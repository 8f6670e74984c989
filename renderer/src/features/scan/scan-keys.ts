/**
 * The scan box is always focused, so single keys double as shortcuts (1–4 = grade A–D). A USB scanner
 * "types" a whole code in a burst (a few ms per key); a person pressing one key does not. So a shortcut key
 * pressed into an EMPTY box waits a moment: if more keys follow within the burst gap, it was the start of a
 * scanned code and is typed into the box; otherwise it is a shortcut. A person typing a code by hand whose
 * first key is a shortcut key gets it back: a next non-shortcut key within `handTypingMs` that is not the start
 * of a scanner burst undoes the shortcut. (A parcel scanned right after a grade key keeps both: its first key
 * waits for the burst gap too.)
 */
export const scannerBurstGapMs = 45;
export const handTypingMs = 900;

export type KeyDecision =
  | { kind: 'type' }
  /** Hold the key: decide when the next key comes or the burst gap passes. */
  | { kind: 'hold'; key: string }
  /** A key just after an undoable shortcut: hold it; a burst (a scan) types it, no burst undoes the shortcut. */
  | { kind: 'hold-after-shortcut'; key: string }
  /** The held key was the start of a code: put it into the box before this key. */
  | { kind: 'flush'; text: string };

/** What the held key turns out to be when the burst gap passes without another key. */
export type HeldOutcome =
  /** A shortcut key on its own: run the shortcut. */
  | { kind: 'shortcut'; key: string }
  /** A shortcut fired a moment ago and a person kept typing: undo it and type both keys. */
  | { kind: 'undo-and-type'; text: string };

export interface ShortcutKeyState {
  held: string | null;
  /** The last shortcut that fired, if it can be undone (a grade can; opening a case from a pick list cannot). */
  lastShortcut: { key: string; at: number } | null;
}

export const decideKey = (state: ShortcutKeyState, key: string, boxIsEmpty: boolean, isShortcutKey: boolean, at: number): KeyDecision => {
  if (state.held !== null) return { kind: 'flush', text: state.held };
  // A second shortcut key is a change of mind (2 then 3), not hand typing.
  if (boxIsEmpty && !isShortcutKey && state.lastShortcut && at - state.lastShortcut.at < handTypingMs && key.length === 1) {
    return { kind: 'hold-after-shortcut', key };
  }
  if (boxIsEmpty && isShortcutKey) return { kind: 'hold', key };
  return { kind: 'type' };
};

/** The burst gap passed with a key still held (no scanner burst followed it). */
export const settleHeld = (state: ShortcutKeyState): HeldOutcome | null => {
  if (state.held === null) return null;
  if (state.lastShortcut) return { kind: 'undo-and-type', text: state.lastShortcut.key + state.held };
  return { kind: 'shortcut', key: state.held };
};

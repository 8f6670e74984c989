/**
 * The scan box is always focused, so single keys double as shortcuts (1–4 = grade A–D). A USB scanner
 * "types" a whole code in a burst (a few ms per key); a person pressing one key does not. So a shortcut key
 * pressed into an EMPTY box waits a moment: if more keys follow within the burst gap, it was the start of a
 * scanned code and is typed into the box; otherwise it is a shortcut. A person typing a code by hand whose
 * first key is a shortcut key gets it back: a next non-shortcut key within `handTypingMs` undoes the shortcut.
 */
export const scannerBurstGapMs = 45;
export const handTypingMs = 900;

export type KeyDecision =
  | { kind: 'type' }
  /** Hold the key: decide when the next key comes or the burst gap passes. */
  | { kind: 'hold'; key: string }
  /** The held key was the start of a code: put it into the box before this key. */
  | { kind: 'flush'; text: string }
  /** A shortcut fired a moment ago and the person kept typing: undo it and type both keys. */
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
    return { kind: 'undo-and-type', text: state.lastShortcut.key };
  }
  if (boxIsEmpty && isShortcutKey) return { kind: 'hold', key };
  return { kind: 'type' };
};

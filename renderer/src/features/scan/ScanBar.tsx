import { ScanOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseScanCode, scanCodeProblem } from '../../../../shared/contract/scan.contract';
import { createScanDeduper } from './scan-dedup';
import { decideKey, scannerBurstGapMs, settleHeld, type ShortcutKeyState } from './scan-keys';

export interface ScanShortcuts {
  keys: ReadonlySet<string>;
  /** Runs the shortcut; answers how to undo it (when a person was in fact typing a code by hand). */
  fire: (key: string) => (() => void) | void;
}

interface Props {
  inputRef: RefObject<InputRef | null>;
  onScan: (code: string) => void;
  onProblem: (message: string) => void;
  onDuplicate: () => void;
  shortcutsRef: RefObject<ScanShortcuts | null>;
  busy: boolean;
}

/**
 * The one big input. Its text is mirrored in a ref, updated synchronously on every key, because a scanner's
 * burst arrives faster than renders and the shortcut logic must see the text as it is now.
 */
export const ScanBar = ({ inputRef, onScan, onProblem, onDuplicate, shortcutsRef, busy }: Props) => {
  const { t } = useTranslation('scan');
  const dedup = useRef(createScanDeduper());
  const keyState = useRef<ShortcutKeyState>({ held: null, lastShortcut: null });
  const holdTimer = useRef<number | undefined>(undefined);
  const undoLast = useRef<(() => void) | null>(null);

  const [value, setValue] = useState('');
  const text = useRef('');
  const setBox = (next: string) => {
    text.current = next;
    setValue(next);
  };

  const submit = () => {
    const raw = text.current + (keyState.current.held ?? '');
    window.clearTimeout(holdTimer.current);
    keyState.current = { held: null, lastShortcut: null };
    setBox('');
    const code = normaliseScanCode(raw);
    const problem = scanCodeProblem(code);
    if (problem === 'empty') return;
    if (problem) {
      onProblem(t(`codeProblem.${problem}`, { length: code.length }));
      return;
    }
    if (!dedup.current.accept(code, Date.now())) {
      onDuplicate();
      return;
    }
    onScan(code);
  };

  /** The burst gap passed with no next key: the held key was a shortcut, or a person typing after one. */
  const settle = () => {
    const outcome = settleHeld(keyState.current);
    if (!outcome) return;
    if (outcome.kind === 'shortcut') {
      undoLast.current = shortcutsRef.current?.fire(outcome.key) ?? null;
      // Only an undoable shortcut can be taken back by hand typing that follows it.
      keyState.current = { held: null, lastShortcut: undoLast.current ? { key: outcome.key, at: Date.now() } : null };
      return;
    }
    undoLast.current?.();
    undoLast.current = null;
    keyState.current = { held: null, lastShortcut: null };
    setBox(outcome.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
      return;
    }
    if (event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1) return;
    const now = Date.now();
    const empty = text.current === '';
    const isShortcut = shortcutsRef.current?.keys.has(event.key) ?? false;
    const decision = decideKey(keyState.current, event.key, empty, isShortcut, now);
    switch (decision.kind) {
      case 'hold':
      case 'hold-after-shortcut':
        event.preventDefault();
        // A plain hold starts afresh (a second grade key is a change of mind); a key after a shortcut keeps it,
        // so that no burst following it means a person typing, and the shortcut is taken back.
        keyState.current = { held: decision.key, lastShortcut: decision.kind === 'hold' ? null : keyState.current.lastShortcut };
        window.clearTimeout(holdTimer.current);
        holdTimer.current = window.setTimeout(settle, scannerBurstGapMs);
        return;
      case 'flush':
        event.preventDefault();
        window.clearTimeout(holdTimer.current);
        keyState.current = { held: null, lastShortcut: null };
        setBox(text.current + decision.text + event.key);
        return;
      case 'type':
        keyState.current = { held: null, lastShortcut: null };
    }
  };

  return (
    <Input
      ref={inputRef}
      size="large"
      className="scan-input"
      data-testid="scan-input"
      prefix={<ScanOutlined className="scan-input-icon" />}
      placeholder={t('bar.placeholder')}
      value={value}
      onChange={(e) => setBox(e.target.value)}
      onKeyDown={onKeyDown}
      autoComplete="off"
      spellCheck={false}
      aria-busy={busy}
    />
  );
};

import { useCallback, useEffect, useRef } from 'react';
import type { InputRef } from 'antd';

/** Fields a person deliberately types into (notes, defect search, quantities) keep the focus; nothing else does. */
const isTextEntry = (element: Element | null): boolean => {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'file', 'range'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
};

/** An open dialog or drawer owns the focus (antd traps it there); taking it back would fight the trap forever. */
const dialogOpen = (): boolean =>
  [...document.querySelectorAll('[role="dialog"], .ant-image-preview')].some((element) => element.getClientRects().length > 0);

/**
 * The scan box is always ready for the next scan: after a click on a button, a choice, a closed dialog or Esc,
 * the focus goes back to it. Only another text field keeps the focus while someone types in it (until Esc).
 */
export const useScanFocus = () => {
  const inputRef = useRef<InputRef>(null);
  const refocus = useCallback(() => {
    const input = inputRef.current?.input;
    if (input && document.activeElement !== input) input.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const later = () =>
      window.setTimeout(() => {
        if (dialogOpen()) return;
        if (!isTextEntry(document.activeElement) || document.activeElement === document.body) refocus();
      }, 0);
    // Esc is the way back from a text field (a note, the defect search) to the scan box, as the shortcut line
    // says: it moves the focus even out of a field that would otherwise keep it. A dialog's Esc is the dialog's.
    // The move waits a tick (for a dialog to close first) but never past the next key: a key pressed after Esc
    // (Alt+A into the defect search, the next scan), even while Esc is still held, comes after it, so its own
    // focus change must win.
    let afterEsc: number | null = null;
    const leaveForScanBox = () => {
      if (afterEsc === null) return;
      window.clearTimeout(afterEsc);
      afterEsc = null;
      if (!dialogOpen()) refocus();
    };
    // Capture phase: before any shortcut handler sees the key.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return leaveForScanBox();
      if (afterEsc !== null) window.clearTimeout(afterEsc);
      afterEsc = window.setTimeout(leaveForScanBox, 0);
    };
    document.addEventListener('focusout', later);
    document.addEventListener('mouseup', later);
    document.addEventListener('keydown', onKeyDown, true);
    refocus();
    return () => {
      document.removeEventListener('focusout', later);
      document.removeEventListener('mouseup', later);
      document.removeEventListener('keydown', onKeyDown, true);
      if (afterEsc !== null) window.clearTimeout(afterEsc);
    };
  }, [refocus]);

  return { inputRef, refocus };
};

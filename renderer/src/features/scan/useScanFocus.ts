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
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') window.setTimeout(() => dialogOpen() || refocus(), 0);
    };
    document.addEventListener('focusout', later);
    document.addEventListener('mouseup', later);
    document.addEventListener('keyup', onKey);
    refocus();
    return () => {
      document.removeEventListener('focusout', later);
      document.removeEventListener('mouseup', later);
      document.removeEventListener('keyup', onKey);
    };
  }, [refocus]);

  return { inputRef, refocus };
};

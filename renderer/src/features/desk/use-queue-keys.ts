import { useEffect } from 'react';

interface Keys {
  count: number;
  cursor: number;
  setCursor: (index: number) => void;
  onOpen: (index: number) => void;
  onClaim: (index: number) => void;
  /** Off while a drawer or a dialog is open: its own fields and buttons take the keys. */
  enabled: boolean;
}

/** Typing in a field or a select never moves the queue; a tab or a switch just clicked (a radio, a checkbox) does not count. */
const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
};

/** J/K or the arrows move, Enter opens the case, C claims it: the common path without the mouse. */
export const useQueueKeys = ({ count, cursor, setCursor, onOpen, onClaim, enabled }: Keys): void => {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || count === 0) return;
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'arrowdown') setCursor(Math.min(count - 1, cursor + 1));
      else if (key === 'k' || key === 'arrowup') setCursor(Math.max(0, cursor - 1));
      else if (key === 'enter') onOpen(cursor);
      else if (key === 'c') onClaim(cursor);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, cursor, setCursor, onOpen, onClaim, enabled]);
};

/**
 * A window-wide signal that a case's clocks changed (a deadline set, a task completed, a case moved on), so a task
 * list elsewhere on the screen reloads without the two components knowing each other.
 */
const eventName = 'returnlens:clocks-changed';

export const announceClocksChanged = (): void => {
  window.dispatchEvent(new Event(eventName));
};

export const onClocksChanged = (listener: () => void): (() => void) => {
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
};

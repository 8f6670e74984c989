import type { Output } from '../../../shared/contract';
import { call } from '../api/client';

/**
 * The first screen's two questions — who is logged in, and whom to offer on the picker — asked together the moment
 * the script runs, not one after the other once React has drawn: on a cold start the answers are what the picker
 * waits for. Each first answer is used once, and the names only when the picker is the first screen; later asks
 * (after a logout or a lock) go to the backend again.
 */
type Status = Output<'auth.status'>;
export type LoginChoices = Output<'auth.loginChoices'>;

let firstStatus: Promise<Status> | null = null;
let firstChoices: Promise<LoginChoices> | null = null;

/** Sends both; called once by main.tsx before the first render. A refused ask is answered when it is read. */
export const askFirstQuestions = (): void => {
  firstStatus = call('auth.status', {});
  firstChoices = call('auth.loginChoices', {});
  // Read later (or never, on a window already logged in): keep an early refusal from being reported as unhandled.
  firstStatus.catch(() => undefined);
  firstChoices.catch(() => undefined);
};

/** The picker was not the first screen (first run, or a live session): its early answer would be stale by the time it is. */
export const dropFirstChoices = (): void => {
  firstChoices = null;
};

const takeFirst = <T>(first: Promise<T> | null, ask: () => Promise<T>): Promise<T> => first ?? ask();

export const authStatus = (): Promise<Status> => {
  const answer = takeFirst(firstStatus, () => call('auth.status', {}));
  firstStatus = null;
  return answer;
};

export const loginChoices = (): Promise<LoginChoices> => {
  const answer = takeFirst(firstChoices, () => call('auth.loginChoices', {}));
  firstChoices = null;
  return answer;
};

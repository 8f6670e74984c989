import { createContext, useContext } from 'react';
import type { SessionUser } from '../../../shared/contract/auth.contract';

export interface SessionValue {
  user: SessionUser;
  logout: () => void;
  /** Locks this window to the login picker at once; whoever logs in next starts at their own home. */
  switchUser: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The logged-in user as the backend told us; the backend checks roles again on every call. */
export const useSession = (): SessionValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the logged-in app');
  return value;
};

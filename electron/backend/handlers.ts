import type { Handlers } from './core/context';
import { authHandlers } from './features/auth/auth.handlers';

/** Every feature's handlers. `satisfies Handlers` makes a declared method without a handler a type error. */
export const handlers = {
  ...authHandlers,
} satisfies Handlers;

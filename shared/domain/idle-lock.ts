import type { Role } from './roles';

/**
 * A shared warehouse PC locks itself after this many minutes without a key, a click or a scan (issue 14, item 5).
 * Per role: an owner at a private desk may want longer than the station everyone walks past. The owner sets them.
 */
export type IdleLockMinutes = Record<Role, number>;

export const defaultIdleLockMinutes: IdleLockMinutes = { owner: 10, inspector: 10, service: 10 };

/** Bounds the settings accept: a minute at least (less locks a person mid-sentence), at most a working day. */
export const idleLockBounds = { min: 1, max: 480 } as const;

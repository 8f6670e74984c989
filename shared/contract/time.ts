import { z } from 'zod';

/**
 * The latest instant a method accepts: 2200-01-01 UTC. Deadlines are computed by adding hours to a request time,
 * and an instant near 2^53 pushed them past what JSON and the contract's integers hold (a case stored that way
 * broke the case list for everyone). No after-sales date is that far out.
 */
export const latestInstantMs = Date.UTC(2200, 0, 1);

/** A moment as UTC epoch milliseconds, as every stored time is (docs/ARCHITECTURE.md, Data). */
export const epochMs = z.number().int().min(0).max(latestInstantMs);

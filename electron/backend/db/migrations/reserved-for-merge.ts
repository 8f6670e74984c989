import type { Migration } from './migration';

/**
 * Issue 15 is built in four branches at once, each with its own migration number (law 0012, remedies 0013,
 * clocks 0014, this queue 0015). `migrate()` applies `migrations.slice(user_version)`, so a list needs every
 * version before its last: these empty stand-ins hold 12–14 on the queue branch only.
 * MERGE: replace each with the lane's real migration and delete this file.
 */
const reserved = (version: number, lane: string): Migration => ({ version, name: `reserved_${lane}`, sql: 'SELECT 1;' });

export const reservedClocks = reserved(14, 'clocks');

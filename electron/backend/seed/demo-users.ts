/** The demo accounts a seeded database ships with; their PINs are printed by `npm run seed`. */
import type { Role } from '../../../shared/domain/roles';
import type { Sqlite } from '../db/connection';
import { rawQuery } from '../db/raw-sql';

/**
 * The hashes were made once with features/users/pin.ts hashPin (scrypt N=2^17, random salt) and are stored
 * here: the PINs are public demo PINs anyway, hashing three of them costs seconds of scrypt on every seed,
 * and fixed hashes keep a seeded database byte-for-byte deterministic. seed.test.ts verifies them with verifyPin.
 */
export const demoUsers = [
  {
    name: 'owner',
    role: 'owner',
    pin: '123456',
    pinHash: 'scrypt$131072$8$1$Xoa3R7VHIyWxLthrQ5JeYw==$oSKKmtrM6NYXReD9oKamn/RULipuWZBQk0pEmN71W64=',
  },
  {
    name: 'inspector',
    role: 'inspector',
    pin: '234567',
    pinHash: 'scrypt$131072$8$1$GXTxvi1DZvKyGgS+MXIk6Q==$UZNaT9P/oUoCGpRhaCSmsyE/WC/TBosME6gfl4igGLk=',
  },
  {
    name: 'service',
    role: 'service',
    pin: '345678',
    pinHash: 'scrypt$131072$8$1$wk8Pxi6KC32/QZqc43dv1w==$1jtsmIuxuftKzkTjrUjduVy4eyJhy6nkGPevNG0QRsQ=',
  },
] as const satisfies ReadonlyArray<{ name: string; role: Role; pin: string; pinHash: string }>;

export interface SeededUser {
  id: string;
  name: string;
  role: Role;
  /** Null when a user of that name already existed and was kept as it was. */
  pin: string | null;
}

export const ensureDemoUsers = (db: Sqlite, makeId: () => string, at: number): SeededUser[] =>
  demoUsers.map((user) => {
    const existing = rawQuery<{ id: string; role: Role }>(db, 'SELECT id, role FROM users WHERE name = ? COLLATE NOCASE').get(user.name);
    if (existing) return { id: existing.id, name: user.name, role: existing.role, pin: null };
    const id = makeId();
    db.prepare(
      `INSERT INTO users (id, name, role, pin_hash, locale, active, created_at, updated_at) VALUES (?, ?, ?, ?, 'zh-CN', 1, ?, ?)`,
    ).run(id, user.name, user.role, user.pinHash, at, at);
    return { id, name: user.name, role: user.role, pin: user.pin };
  });

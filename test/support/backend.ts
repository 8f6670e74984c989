import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../shared/contract';
import type { Result } from '../../shared/contract/errors';
import { createBackend, type Backend } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';
import { newId } from '../../electron/backend/core/ids';
import { hashPin } from '../../electron/backend/features/users/pin';
import { insertUser, toSessionUser } from '../../electron/backend/features/users/users.repository';
import type { Role } from '../../shared/domain/roles';

/** scrypt at N=2^17 is slow on purpose; a hash is valid in any database, so tests compute each PIN's once. */
const pinHashes = new Map<string, Promise<string>>();
const cachedHash = (pin: string): Promise<string> => {
  let hash = pinHashes.get(pin);
  if (!hash) {
    hash = hashPin(pin);
    pinHashes.set(pin, hash);
  }
  return hash;
};

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  /** Calls through the real dispatcher as the given session; returns the raw Result. */
  raw: (method: string, input: unknown, session?: string) => Promise<Result<unknown>>;
  /** Calls and unwraps, failing the test with the error body when the call fails. */
  call: <M extends MethodName>(method: M, input: Input<M>, session?: string) => Promise<Output<M>>;
  /** Adds owner (PIN 123456), inspector (234567) and service (345678) users, logged in as sessions 'owner', 'inspector', 'service'. */
  withUsers: () => Promise<{ ownerId: string; inspectorId: string; serviceId: string }>;
  close: () => void;
}

export const makeTempDir = (prefix = 'returnlens-test-'): string => mkdtempSync(join(tmpdir(), prefix));

/** A real backend over a real SQLite file in a fresh temp dir, migrations applied. */
export const startTestBackend = (options: { dataDir?: string; now?: () => number } = {}): TestBackend => {
  const dataDir = options.dataDir ?? makeTempDir();
  const backend = createBackend({ dataDir, now: options.now, logger: consoleLogger(true) });
  const raw = (method: string, input: unknown, session = 'owner') => backend.dispatch(method, input, session);
  const call = async <M extends MethodName>(method: M, input: Input<M>, session = 'owner'): Promise<Output<M>> => {
    const result = await raw(method, input, session);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as Output<M>;
  };
  const addUser = async (name: string, role: Role, pin: string) => {
    const now = backend.env.now();
    const row = {
      id: newId(),
      name,
      role,
      pin_hash: await cachedHash(pin),
      locale: null,
      active: 1 as const,
      created_at: now,
      updated_at: now,
    };
    insertUser(backend.db, row);
    backend.sessions.set(role, toSessionUser(row));
    return row.id;
  };
  /** Users with real PIN hashes (owner 123456, inspector 234567, service 345678), logged in as sessions named by role. */
  const withUsers = async () => ({
    ownerId: await addUser('Owner', 'owner', '123456'),
    inspectorId: await addUser('Inspector', 'inspector', '234567'),
    serviceId: await addUser('Service', 'service', '345678'),
  });
  return {
    backend,
    dataDir,
    raw,
    call,
    withUsers,
    close: () => {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

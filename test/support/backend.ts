import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../shared/contract';
import type { Result } from '../../shared/contract/errors';
import { createBackend, type Backend } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  /** Calls through the real dispatcher as the given session; returns the raw Result. */
  raw: (method: string, input: unknown, session?: string) => Promise<Result<unknown>>;
  /** Calls and unwraps, failing the test with the error body when the call fails. */
  call: <M extends MethodName>(method: M, input: Input<M>, session?: string) => Promise<Output<M>>;
  /** Creates the owner (PIN 123456) and logs it in as session 'owner'; adds an inspector and service user. */
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
  const withUsers = async () => {
    const owner = await call('auth.setupOwner', { name: 'Owner', pin: '123456', locale: 'zh-CN' }, 'owner');
    const inspector = await call('users.create', { name: 'Inspector', role: 'inspector', pin: '234567' }, 'owner');
    const service = await call('users.create', { name: 'Service', role: 'service', pin: '345678' }, 'owner');
    await call('auth.login', { userId: inspector.id, pin: '234567' }, 'inspector');
    await call('auth.login', { userId: service.id, pin: '345678' }, 'service');
    return { ownerId: owner.id, inspectorId: inspector.id, serviceId: service.id };
  };
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

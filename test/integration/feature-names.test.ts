import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { featureLocales } from '../../renderer/src/i18n/feature-locales';

/**
 * One name per feature across the layers (docs/ARCHITECTURE.md, "Adding a feature"): the method prefix
 * `<feature>.` is declared in shared/contract/<feature>.contract.ts as `<feature>Contract`, handled in
 * electron/backend/features/<feature>/<feature>.handlers.ts as `<feature>Handlers`, and shown (when it has a
 * screen of its own) from renderer/src/features/<feature>/ with its strings in the `<feature>` namespace.
 */
const folders = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
const contractFeatures = readdirSync('shared/contract')
  .filter((file) => file.endsWith('.contract.ts'))
  .map((file) => file.slice(0, -'.contract.ts'.length));

const exported = async (file: string, name: string): Promise<Record<string, unknown>> => {
  const module = (await import(resolve(file))) as Record<string, unknown>;
  const value = module[name];
  if (typeof value !== 'object' || value === null) throw new Error(`${file} does not export ${name}`);
  return value as Record<string, unknown>;
};

describe('one name per feature', () => {
  it('each contract file declares only its own feature’s methods, and together they are the whole contract', async () => {
    const declared: string[] = [];
    for (const feature of contractFeatures) {
      const methods = Object.keys(await exported(`shared/contract/${feature}.contract.ts`, `${feature}Contract`));
      expect(methods.length, `${feature}.contract.ts declares no method`).toBeGreaterThan(0);
      for (const method of methods) expect(method, `declared in ${feature}.contract.ts`).toMatch(new RegExp(`^${feature}\\.[a-zA-Z]+$`));
      declared.push(...methods);
    }
    expect(declared.sort()).toEqual(Object.keys(contract).sort());
  });

  it('each backend feature folder is named after a contract file and handles exactly that file’s methods', async () => {
    const backendFeatures = folders('electron/backend/features');
    // A folder here that is not a feature (a shared helper) belongs in electron/backend/core or a folder of its own.
    expect(backendFeatures.sort()).toEqual([...contractFeatures].sort());
    for (const feature of backendFeatures) {
      const dir = `electron/backend/features/${feature}`;
      expect(
        readdirSync(dir).filter((file) => file.endsWith('.handlers.ts')),
        dir,
      ).toEqual([`${feature}.handlers.ts`]);
      const handled = Object.keys(await exported(`${dir}/${feature}.handlers.ts`, `${feature}Handlers`));
      const declared = Object.keys(await exported(`shared/contract/${feature}.contract.ts`, `${feature}Contract`));
      expect(handled.sort(), `${dir}/${feature}.handlers.ts`).toEqual(declared.sort());
    }
  });

  it('each renderer feature folder is named after a feature, and keeps its strings in <feature>.locale.ts', () => {
    for (const feature of folders('renderer/src/features')) {
      expect(contractFeatures, `renderer/src/features/${feature} is not a feature's name`).toContain(feature);
      const locales = readdirSync(`renderer/src/features/${feature}`).filter((file) => file.endsWith('.locale.ts'));
      expect(
        locales.every((file) => file === `${feature}.locale.ts`),
        `renderer/src/features/${feature}: ${locales.join(', ')}`,
      ).toBe(true);
      if (locales.length > 0) expect(Object.keys(featureLocales), `namespace of ${feature}.locale.ts`).toContain(feature);
    }
    // Every namespace but the shared error wording is a feature's own.
    for (const namespace of Object.keys(featureLocales).filter((ns) => ns !== 'errors')) expect(contractFeatures).toContain(namespace);
  });

  it('test fixtures live under test/, not in the folders that ship', () => {
    const shipped = ['electron', 'renderer', 'shared'];
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
    const testOnly = shipped
      .filter((dir) => existsSync(dir))
      .flatMap(walk)
      .filter((file) => !/\.test\.tsx?$/.test(file) && /fixture|test-support|fake|mock/i.test(file));
    expect(testOnly).toEqual([]);
  });
});

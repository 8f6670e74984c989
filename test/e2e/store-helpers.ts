import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';

/** Calls the API from inside the page, with its token and session cookie: what the UI itself would send. */
export const apiCall = async <T = unknown>(page: Page, method: string, input: unknown): Promise<T> => {
  const result = await page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('returnlens.token') ?? '';
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(i),
        credentials: 'same-origin',
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

/**
 * A small catalog written straight into the served data dir (the app has no screen for creating SKUs: they come
 * from imports). WAL mode lets this second connection write while the server runs.
 */
export const insertCatalog = (dataDir: string): void => {
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'));
  db.pragma('busy_timeout = 5000');
  const now = Date.now();
  db.prepare(`INSERT INTO suppliers (id, name, created_at) VALUES ('e2e-sup', '义乌织造有限公司', ?)`).run(now);
  db.prepare(
    `INSERT INTO products (id, name, product_code, supplier_id, created_at) VALUES ('e2e-prod', '纯棉短袖T恤', 'TS', 'e2e-sup', ?)`,
  ).run(now);
  db.prepare(
    `INSERT INTO skus (id, product_id, code, spec_text, unit_cost_fen, created_at) VALUES ('e2e-sku', 'e2e-prod', 'TS-WH-M', '白色 M', 1500, ?)`,
  ).run(now);
  db.close();
};

export const loginViaUi = async (page: Page, name: string, pin: string) => {
  await page.getByTestId(`login-user-${name}`).click();
  await page.getByTestId('login-pin').fill(pin);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toHaveText(name);
};

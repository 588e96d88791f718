import pg from 'pg';

export const PG_URL = process.env['SITREP_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function pgReachable(url = PG_URL): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Run SQL on a fresh connection (schema setup/teardown in tests). */
export async function pgExec(sql: string, url = PG_URL): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

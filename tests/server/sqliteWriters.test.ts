// The embedded database shared by two processes' writers (the command line beside a running
// server): a transaction that reads before it writes must not fail because the other wrote in
// between. Each transaction takes the write lock at BEGIN, so the other waits instead.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openServerDb, type ServerDb } from '../../src-server/db/database';
import { tempDir } from '../support/core';

let a: ServerDb;
let b: ServerDb;
beforeAll(async () => {
  const file = path.join(tempDir('tatbiq-writers-'), 'server.sqlite');
  a = await openServerDb({ url: file });
  b = await openServerDb({ url: file });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

it('a read-then-write transaction completes while another connection writes meanwhile', async () => {
  const at = new Date().toISOString();
  let other: Promise<unknown> = Promise.resolve();
  await b.tx(async (tx) => {
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*) AS n FROM province');
    // the other writer tries now; with a deferred BEGIN it would commit first and this
    // transaction's write below would fail with SQLITE_BUSY
    other = a.tx((t) => t.query('INSERT INTO province (id, name, created_at) VALUES ($1, $2, $3)', ['p-a', 'یزد', at]));
    await new Promise((r) => setTimeout(r, 300));
    await tx.query('INSERT INTO province (id, name, created_at) VALUES ($1, $2, $3)', ['p-b', `کرمان ${n}`, at]);
  });
  await other;
  const rows = await a.read.query<{ id: string }>('SELECT id FROM province ORDER BY id');
  expect(rows.map((r) => r.id)).toEqual(['p-a', 'p-b']);
});

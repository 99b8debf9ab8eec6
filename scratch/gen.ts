import pg from 'pg';
import { openServerDb } from '/work/wt/consolebench/src-server/db/database';
import { generateCountry } from '/work/wt/consolebench/tests/bench/consoleData';
import { todayInTehran } from '/work/wt/consolebench/shared/dates/jalali';
async function main() {
const name = process.argv[2];
const a = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await a.connect(); await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await a.query(`CREATE DATABASE ${name}`); await a.end();
const url = `postgres://postgres@127.0.0.1:5432/${name}`;
const db = await openServerDb({ url }); await db.close();
const c = new pg.Client({ connectionString: url }); await c.connect();
await generateCountry(c, todayInTehran(), console.log); await c.end();
}
main();

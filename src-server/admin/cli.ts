// `npm run server -- <command>`: the ministry admin's command line. With no command, the server
// runs. Output is plain text for a person; `--json` prints the result for scripts.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openServerDb, type ServerDb } from '../db/database';
import { DEFAULT_DB_POOL, serverConfig } from '../config';
import { startServer } from '../serve';
import {
  addCounty,
  addOffice,
  addProvince,
  AdminError,
  issueCode,
  listOffices,
  revokeCode,
  revokeTokens,
  setAsideChanges,
} from './commands';
import { AccountError, createAccount, resetPassword, setAccountActive } from '../console/accounts';
import { PublishError, publishCouncils, publishHolidays, publishList, publishPolicy } from './publish';

export const USAGE = `Tatbiq ministry server

  npm run server                                    run the server (same as: serve)
  npm run server -- serve [--host H] [--port P]     run the server
                   [--db-pool N]                    N PostgreSQL connections (default ${DEFAULT_DB_POOL})
                   [--trust-proxy A[,B/16]]         reverse proxies whose X-Forwarded-For is the
                                                    client's address (per-address limits behind one)
  npm run server -- migrate                         create or upgrade the database, then exit

  npm run server -- province:add <name>
  npm run server -- county:add <province> <county>
  npm run server -- office:add <code> <name> --province <province> --county <county>
  npm run server -- offices                         offices, when each last synced, and records held
  npm run server -- code:issue <office-code> [--days 7]   one-time enrollment code (shown once)
  npm run server -- code:revoke <code>
  npm run server -- token:revoke <office-code>      the office must enroll again
  npm run server -- set-aside [--office <code>]     changes the server could not store, and why

  npm run server -- account:add <username> --name <full name> --role admin|viewer
                   --scope ministry|province|county [--province P] [--county C]
                                                    a console account; its password is shown once
                                                    (or taken from TATBIQ_CONSOLE_PASSWORD)
  npm run server -- account:password <username>     a new password (shown once), lock lifted
  npm run server -- account:disable <username>      it cannot sign in; its sessions end
  npm run server -- account:enable <username>

  npm run server -- publish:policy <file.json>      deadline policy (shared/deadlines/policy.ts)
  npm run server -- publish:holidays <file.json>    ["YYYY-MM-DD", …] replaces the policy's holidays
  npm run server -- publish:references <file.json>  [{id, law, article, note, subject, sortNo, active}]
  npm run server -- publish:templates <file.json>   [{id: kind, recipient, subject, salutation, body, closing, attachments, copies}]
  npm run server -- publish:councils <file.json>    [{id, name, kind, county, province, nationalCode, active}]

Options for every command: --db <postgres://… | file.sqlite>  (else TATBIQ_SERVER_DB, else the
embedded SQLite file in TATBIQ_SERVER_DATA or ~/.local/share/tatbiq-server), --json.`;

const OPTIONS = {
  db: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'log-level': { type: 'string' },
  'db-pool': { type: 'string' },
  'tls-key': { type: 'string' },
  'tls-cert': { type: 'string' },
  'trust-proxy': { type: 'string' },
  province: { type: 'string' },
  county: { type: 'string' },
  days: { type: 'string' },
  office: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  scope: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

type Out = (line: string) => void;

function readJson(file: string | undefined): unknown {
  if (!file) throw new AdminError('give the JSON file to publish');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AdminError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

function need(args: string[], n: number, what: string): string[] {
  if (args.length < n) throw new AdminError(`missing ${what}`);
  return args;
}

async function command(db: ServerDb, name: string, args: string[], flags: Record<string, string | undefined>) {
  const now = new Date();
  const iso = now.toISOString();
  switch (name) {
    case 'migrate':
      return { migrated: true, database: db.dialect, where: db.where };
    case 'province:add':
      return addProvince(db, need(args, 1, '<name>')[0], iso);
    case 'county:add':
      need(args, 2, '<province> <county>');
      return addCounty(db, args[0], args[1], iso);
    case 'office:add':
      need(args, 2, '<code> <name>');
      if (!flags.province || !flags.county) throw new AdminError('give --province and --county');
      return addOffice(db, { code: args[0], name: args[1], province: flags.province, county: flags.county }, iso);
    case 'offices':
      return listOffices(db, iso);
    case 'code:issue':
      return issueCode(db, need(args, 1, '<office-code>')[0], Number(flags.days ?? 7), now);
    case 'code:revoke':
      return revokeCode(db, need(args, 1, '<code>')[0], iso);
    case 'token:revoke':
      return revokeTokens(db, need(args, 1, '<office-code>')[0], iso);
    case 'set-aside':
      return setAsideChanges(db, flags.office);
    case 'account:add':
      return createAccount(
        db,
        {
          username: need(args, 1, '<username>')[0],
          fullName: flags.name ?? '',
          role: flags.role,
          scope: flags.scope,
          province: flags.province,
          county: flags.county,
          password: process.env.TATBIQ_CONSOLE_PASSWORD || undefined,
        },
        { actor: 'cli' },
        iso,
      );
    case 'account:password':
      return resetPassword(
        db,
        need(args, 1, '<username>')[0],
        process.env.TATBIQ_CONSOLE_PASSWORD || undefined,
        { actor: 'cli' },
        iso,
      );
    case 'account:disable':
    case 'account:enable':
      return setAccountActive(db, need(args, 1, '<username>')[0], name === 'account:enable', { actor: 'cli' }, iso);
    case 'publish:policy':
      return publishPolicy(db, readJson(args[0]), iso);
    case 'publish:holidays':
      return publishHolidays(db, readJson(args[0]), iso);
    case 'publish:references':
      return publishList(db, 'legal_reference', readJson(args[0]), iso);
    case 'publish:templates':
      return publishList(db, 'letter_template', readJson(args[0]), iso);
    case 'publish:councils':
      return publishCouncils(db, readJson(args[0]), iso);
    default:
      throw new AdminError(`unknown command: ${name}\n\n${USAGE}`);
  }
}

function print(out: Out, name: string, result: unknown) {
  if (name === 'offices') {
    const rows = result as Awaited<ReturnType<typeof listOffices>>;
    if (!rows.length) return out('no offices yet (office:add)');
    for (const o of rows) {
      const state = o.enrolledAt
        ? `last push ${o.lastPushAt ?? 'never'}, last pull ${o.lastPullAt ?? 'never'}, app ${o.appVersion ?? 'unknown'}`
        : 'not enrolled';
      const audit = o.auditFlagged
        ? `\tAUDIT FLAGGED: ${o.auditFlagged}`
        : o.auditCount === null
          ? ''
          : `\taudit ${o.auditCount} events`;
      out(
        `${o.code}\t${o.name}\t${o.province} / ${o.county}\t${state}\t${o.records} records\t${o.openCodes} open codes${audit}`,
      );
    }
    return;
  }
  if (name === 'set-aside') {
    const rows = result as Awaited<ReturnType<typeof setAsideChanges>>;
    if (!rows.length) return out('no changes set aside');
    for (const c of rows) out(`${c.at}\t${c.office}\t${c.entity}/${c.recordId} rev ${c.rev}\t${c.reason}`);
    return;
  }
  if (name === 'code:issue') {
    const r = result as Awaited<ReturnType<typeof issueCode>>;
    out(`enrollment code for ${r.office.code} (${r.office.name}): ${r.code}`);
    out(`valid until ${r.expiresAt}; it works once. It is not stored: give it to the office now.`);
    return;
  }
  if (name === 'account:add' || name === 'account:password') {
    const r = result as { account?: { username: string; role: string; scope: string }; password: string | null };
    if (r.account) out(`account ${r.account.username}: ${r.account.role}, ${r.account.scope}`);
    out(r.password ? `password: ${r.password}\nIt is not stored: give it to its owner now.` : 'password set as given');
    return;
  }
  if (name === 'account:disable' || name === 'account:enable') {
    out((result as { active: boolean }).active ? 'account enabled' : 'account disabled; its sessions ended');
    return;
  }
  out(JSON.stringify(result));
}

/** Runs one command; resolves with the exit code (serve resolves once the server listens). */
export async function runCli(argv: string[], out: Out = console.log, err: Out = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    err((e as Error).message);
    err(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const [name = 'serve', ...args] = positionals;
  const flags = Object.fromEntries(
    Object.entries(values).filter(([, v]) => typeof v === 'string') as [string, string][],
  );
  const cfg = serverConfig(flags);
  if (name === 'serve') {
    await startServer(cfg, { signals: true });
    return 0;
  }
  let db: ServerDb | null = null;
  try {
    db = await openServerDb({ url: cfg.db, poolSize: 2 });
    const result = await command(db, name, args, flags);
    if (values.json) out(JSON.stringify(result, null, 2));
    else print(out, name, result);
    return 0;
  } catch (e) {
    if (e instanceof AdminError || e instanceof PublishError || e instanceof AccountError) {
      err(`error: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await db?.close();
  }
}

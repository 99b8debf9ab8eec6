// Where the server keeps its data and where it listens. With no configuration it runs on a bare
// machine: an embedded SQLite file in the user's data folder, on 127.0.0.1:8780. Production sets
// TATBIQ_SERVER_DB to a postgres:// URL (and usually runs behind a TLS-terminating proxy, or sets
// TATBIQ_SERVER_TLS_KEY/CERT to speak HTTPS itself).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ServerConfig {
  /** postgres://… or a SQLite file */
  db: string;
  host: string;
  port: number;
  logLevel: string;
  /** PostgreSQL connections the server keeps */
  dbPool: number;
  tls?: { key: Buffer; cert: Buffer };
  /**
   * Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For the server believes.
   * Behind a proxy every request comes from the proxy: without this, the per-address limits
   * (sign-in, complaints, the letter check) would count every citizen as one. Unset: the header is
   * ignored, so nobody can forge an address.
   */
  trustProxy?: string[];
}

export const DEFAULT_PORT = 8780;
// PostgreSQL serves best with a few connections per core: measured with 500 offices syncing at
// once on 2 cores (server and PostgreSQL together), 8 connections answered ~20% sooner than 20,
// and 40 slower still. A bigger database machine sets more (--db-pool, TATBIQ_SERVER_DB_POOL).
export const DEFAULT_DB_POOL = 8;

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TATBIQ_SERVER_DATA) return path.resolve(env.TATBIQ_SERVER_DATA);
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'TatbiqServer');
  const base = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'tatbiq-server');
}

/** Options given on the command line win over the environment; an empty variable is unset. */
export function serverConfig(
  flags: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv = process.env,
): ServerConfig {
  const db = flags.db || env.TATBIQ_SERVER_DB || path.join(defaultDataDir(env), 'tatbiq-server.sqlite');
  const port = Number(flags.port || env.TATBIQ_SERVER_PORT || DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port: ${flags.port ?? env.TATBIQ_SERVER_PORT}`);
  const dbPool = Number(flags['db-pool'] || env.TATBIQ_SERVER_DB_POOL || DEFAULT_DB_POOL);
  if (!Number.isInteger(dbPool) || dbPool < 1 || dbPool > 1000)
    throw new Error(`invalid database pool size: ${flags['db-pool'] ?? env.TATBIQ_SERVER_DB_POOL}`);
  const trustProxy = trustedProxies(flags['trust-proxy'] || env.TATBIQ_SERVER_TRUST_PROXY);
  const keyFile = flags['tls-key'] || env.TATBIQ_SERVER_TLS_KEY;
  const certFile = flags['tls-cert'] || env.TATBIQ_SERVER_TLS_CERT;
  return {
    db,
    host: flags.host || env.TATBIQ_SERVER_HOST || '127.0.0.1',
    port,
    logLevel: flags['log-level'] || env.TATBIQ_SERVER_LOG_LEVEL || 'info',
    dbPool,
    tls: keyFile && certFile ? { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) } : undefined,
    ...(trustProxy ? { trustProxy } : {}),
  };
}

/** "10.0.0.5, 10.1.0.0/16" as a list, each an IP address or a CIDR range; anything else throws. */
function trustedProxies(given: string | undefined): string[] | undefined {
  if (!given) return undefined;
  const list = given
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  for (const x of list) {
    const [ip, bits, more] = x.split('/');
    const kind = net.isIP(ip);
    const max = kind === 4 ? 32 : 128;
    if (!kind || more !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max)))
      throw new Error(`invalid trusted proxy: ${x} (an IP address or a CIDR range)`);
  }
  return list.length ? list : undefined;
}

// The office network (issue 15 item 1): an admin's setting (off until turned on) that has the
// app serve the office's LAN over HTTPS, with the same core and API as browser mode. The core keeps
// the setting and the certificates and says what to serve; the transport that runs the core (the
// desktop shell, or browser mode's host) does the listening.
import os from 'node:os';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { LAN_DEFAULT_PORT, type LanConfigureInput, type LanStatus } from '../../../shared/schemas/lan';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { findOffice } from '../office/service';
import { putSetting, readSetting } from '../storage/settings';
import { certificatesFor, fingerprintOf, lanCertificates, type LanCertificates } from './certificate';
import { lanMessages as m } from './messages';

const CONFIG = 'lan';
const CERTIFICATES = 'lan.certificates';
const lanConfig = z.object({ enabled: z.boolean(), port: z.number().int() });
type LanConfig = z.infer<typeof lanConfig>;
const OFF: LanConfig = { enabled: false, port: LAN_DEFAULT_PORT };

/** What the transport is asked to serve: the port and the certificate, or nothing. */
export interface LanListen {
  port: number;
  key: string;
  cert: string;
}

export interface LanTransport {
  /** starts the office-network listener with this certificate (or moves it), or stops it (null); rejects if it cannot listen */
  apply(listen: LanListen | null): Promise<void>;
}

/** This computer's IPv4 addresses on its networks (no loopback), for the addresses and the certificate. */
export function networkAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

export function createLan(core: CoreContext, addresses: () => string[] = networkAddresses) {
  let transport: LanTransport | undefined;
  let running = false;
  let problem: string | null = null;
  // one change at a time: two admins pressing at once must not start two listeners
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const config = async () => (await readSetting(core.db.read, CONFIG, lanConfig)) ?? OFF;
  const stored = () => readSetting(core.db.read, CERTIFICATES, lanCertificates);

  /** The certificates for this computer's addresses now, made (and kept) when they changed. */
  async function certificates(): Promise<LanCertificates> {
    const office = await findOffice(core.db.read);
    const now = core.clock();
    const names = ['localhost', '127.0.0.1', os.hostname().toLowerCase(), ...addresses()];
    const { certs, changed } = certificatesFor(await stored(), names, office?.code ?? 'office', now);
    if (changed) {
      await core.db.write((tx) => putSetting(tx, CERTIFICATES, certs, now.toISOString()));
      core.log.info({ names: certs.names }, 'office network certificate made');
    }
    return certs;
  }

  async function serve(): Promise<void> {
    if (!transport) return;
    const cfg = await config();
    try {
      if (!cfg.enabled) {
        await transport.apply(null);
        running = false;
        problem = null;
        return;
      }
      const certs = await certificates();
      await transport.apply({ port: cfg.port, key: certs.key, cert: certs.cert });
      running = true;
      problem = null;
      core.log.info({ port: cfg.port }, 'serving the office network');
    } catch (e) {
      running = false;
      const code = (e as { code?: string }).code;
      problem =
        code === 'EADDRINUSE' ? m.portTaken(cfg.port) : code === 'EACCES' ? m.portDenied(cfg.port) : m.cannotServe;
      core.log.error({ err: e, port: cfg.port }, 'the office network could not be served');
    }
  }

  async function status(): Promise<LanStatus> {
    const cfg = await config();
    const certs = await stored();
    const ips = addresses();
    return {
      enabled: cfg.enabled,
      port: cfg.port,
      supported: !!transport,
      running,
      addresses: ips.map((ip) => `https://${ip}:${cfg.port}/`),
      caFingerprint: certs ? fingerprintOf(certs.caCert) : null,
      certFingerprint: certs ? fingerprintOf(certs.cert) : null,
      problem: problem ?? (cfg.enabled && running && !ips.length ? m.noNetwork : null),
    };
  }

  return {
    /** The transport that listens; the setting stored earlier is served at once. */
    attach(t: LanTransport): Promise<void> {
      transport = t;
      return serially(serve);
    },
    status,
    configure(call: CallContext, next: LanConfigureInput): Promise<LanStatus> {
      if (!transport) return Promise.reject(new AppError('validation', m.notSupported));
      return serially(async () => {
        const before = await config();
        await core.db.write(async (tx) => {
          const at = core.clock().toISOString();
          await putSetting(tx, CONFIG, next, at);
          await recordAudit(tx, {
            actor: call.actor,
            at,
            entity: 'office_setting',
            entityId: CONFIG,
            action: 'update',
            before,
            after: next,
          });
        });
        await serve();
        return status();
      });
    },
    /** The office's CA certificate, for a member's phone to install. */
    async caCertificate(): Promise<string | null> {
      return (await stored())?.caCert ?? null;
    },
    stop(): Promise<void> {
      return serially(async () => {
        await transport?.apply(null);
        running = false;
      });
    },
  };
}

export type Lan = ReturnType<typeof createLan>;

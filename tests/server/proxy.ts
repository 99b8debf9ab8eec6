// A misbehaving network between an office and the server, for the fault tests: it drops
// connections before or after the server saw the request, cuts answers in half, delays requests
// (past the client's timeout) and sends some twice. Every decision comes from a seeded generator.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FaultPlan {
  /** the request never reaches the server */
  dropBefore: number;
  /** the server applies it, the answer is lost */
  dropAfter: number;
  /** the answer stops half way through its body */
  cut: number;
  /** the request is sent twice; the office sees one answer */
  duplicate: number;
  /** the request waits up to maxDelayMs before it goes on */
  delay: number;
  maxDelayMs: number;
}

export const DEFAULT_FAULTS: FaultPlan = {
  dropBefore: 0.08,
  dropAfter: 0.08,
  cut: 0.08,
  duplicate: 0.12,
  delay: 0.12,
  maxDelayMs: 250,
};

export interface FaultStats {
  requests: number;
  dropBefore: number;
  dropAfter: number;
  cut: number;
  duplicate: number;
  delay: number;
}

export interface FaultProxy {
  url: string;
  /** faults on (with this generator) or off (a clean pass-through) */
  setFaults(random: (() => number) | null, plan?: FaultPlan): void;
  stats: FaultStats;
  /**
   * For the crash tests: forwards `pushes` more pushes as usual, then keeps back the server's
   * answers to the following ones (the server has applied them; the office waits). Resolves when
   * the first answer is held, so a test kills a process at a known point instead of racing it.
   */
  holdAnswersAfter(pushes: number): Promise<void>;
  /** Drops the connections whose answers are held, as a crash would, and stops holding. */
  release(): void;
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function forward(target: URL, agent: http.Agent, req: http.IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const up = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    up.on('error', reject);
    up.end(body);
  });
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  let random: (() => number) | null = null;
  let plan = DEFAULT_FAULTS;
  const stats: FaultStats = { requests: 0, dropBefore: 0, dropAfter: 0, cut: 0, duplicate: 0, delay: 0 };
  const pending = new Set<Promise<unknown>>();
  let gate: { left: number; held: () => void } | null = null;
  const heldSockets = new Set<Socket>();
  const release = () => {
    gate = null;
    for (const socket of heldSockets) socket.destroy();
    heldSockets.clear();
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      stats.requests++;
      let hold = false;
      if (gate && req.method === 'POST' && req.url?.startsWith('/v1/sync/push')) {
        if (gate.left > 0) gate.left--;
        else hold = true;
      }
      const r = random;
      // one draw per decision, in a fixed order, so a seed always makes the same choices
      const roll = r ? r() : 1;
      const dup = r ? r() < plan.duplicate : false;
      const wait = r && r() < plan.delay ? Math.floor(r() * plan.maxDelayMs) : 0;
      let edge = plan.dropBefore;
      if (roll < edge) {
        stats.dropBefore++;
        req.socket.destroy();
        return;
      }
      const kind = roll < (edge += plan.dropAfter) ? 'dropAfter' : roll < (edge += plan.cut) ? 'cut' : 'ok';
      const run = (async () => {
        if (wait) {
          stats.delay++;
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
        const first = forward(target, agent, req, body);
        if (dup) {
          stats.duplicate++;
          const again = forward(target, agent, req, body).catch(() => undefined);
          pending.add(again);
          void again.finally(() => pending.delete(again));
        }
        let answer: Upstream;
        try {
          answer = await first;
        } catch {
          req.socket.destroy();
          return;
        }
        if (hold && gate) {
          heldSockets.add(req.socket);
          gate.held();
          return;
        }
        if (kind === 'dropAfter') {
          stats.dropAfter++;
          req.socket.destroy();
          return;
        }
        if (kind === 'cut') {
          stats.cut++;
          res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
          res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => req.socket.destroy());
          return;
        }
        if (res.destroyed) return;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      })();
      pending.add(run);
      void run.finally(() => pending.delete(run));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setFaults(r, p) {
      random = r;
      if (p) plan = p;
    },
    stats,
    holdAnswersAfter(pushes) {
      return new Promise<void>((resolve) => {
        gate = { left: pushes, held: resolve };
      });
    },
    release,
    async close() {
      random = null;
      release();
      await Promise.allSettled([...pending]);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

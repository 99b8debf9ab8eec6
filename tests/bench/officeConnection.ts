// One simulated office's kept-alive HTTP/1.1 connection to the server, for the load bench: a
// request is one write of its prepared bytes and the answer is read by its Content-Length. The 500
// offices share two cores with the server and PostgreSQL, so they are written as lightly as load
// generators are (node:http's agent and parser took a fifth of the machine); the server sees
// ordinary HTTP/1.1 requests on ordinary connections.
import net from 'node:net';

export interface Answer {
  status: number;
  text: string;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export class OfficeConnection {
  private socket: net.Socket | null = null;
  private chunks: Buffer[] = [];
  private waiting: { resolve(a: Answer): void; reject(e: Error): void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  private connect(): Promise<net.Socket> {
    if (this.socket && !this.socket.destroyed) return Promise.resolve(this.socket);
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: this.host, port: this.port, noDelay: true }, () => resolve(s));
      s.on('data', (b: Buffer) => {
        this.chunks.push(b);
        this.answer();
      });
      const fail = (e: Error) => {
        this.socket = null;
        const w = this.waiting;
        this.waiting = null;
        w?.reject(e);
        reject(e);
      };
      s.on('error', fail);
      s.on('close', () => fail(new Error('connection closed by the server')));
      this.socket = s;
    });
  }

  /** Resolves the request in flight once its whole answer has arrived. */
  private answer() {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.chunks = [all];
    const end = all.indexOf(HEADER_END);
    if (end < 0 || !this.waiting) return;
    const head = all.subarray(0, end).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      this.waiting.reject(new Error(`answer without Content-Length: ${head.slice(0, 200)}`));
      this.waiting = null;
      return;
    }
    const bodyEnd = end + 4 + Number(length[1]);
    if (all.length < bodyEnd) return;
    this.chunks = all.length > bodyEnd ? [all.subarray(bodyEnd)] : [];
    const w = this.waiting;
    this.waiting = null;
    w.resolve({ status: Number(head.slice(9, 12)), text: all.subarray(end + 4, bodyEnd).toString('utf8') });
  }

  async request(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
    const socket = await this.connect();
    const payload = body === undefined ? undefined : Buffer.from(body);
    const lines = [`${method} ${path} HTTP/1.1`, `host: ${this.host}:${this.port}`];
    for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
    if (payload) lines.push(`content-length: ${payload.length}`);
    const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
    return new Promise<Answer>((resolve, reject) => {
      this.waiting = { resolve, reject };
      socket.write(payload ? Buffer.concat([head, payload]) : head);
    });
  }

  close() {
    this.socket?.removeAllListeners('close');
    this.socket?.destroy();
    this.socket = null;
  }
}

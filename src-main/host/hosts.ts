// Which Host headers the office host answers (DNS rebinding). A page on another site can make its
// own name resolve to 127.0.0.1 or to the office computer; the browser then sends that name as
// Host and treats the host as the page's own origin, so the Origin check passes. Answering only
// the names the office serves closes that: loopback names, the address the request arrived on
// (what a LAN browser typed), and the names the admin configured (--allowed-hosts), always with
// the port the host listens on.

export const WRONG_HOST_MESSAGE =
  'این نشانی برای تطبیق پذیرفته نیست؛ برنامه را با نشانی‌ای که مدیر دبیرخانه داده است باز کنید.';

export const PLAIN_HTTP_MESSAGE =
  'از شبکه فقط با نشانی امن (https) می‌توان وارد تطبیق شد؛ نشانی را از صفحهٔ «شبکهٔ دفتر» بگیرید.';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/** A socket's remote end is this computer (plain HTTP is answered only there). */
export function fromThisComputer(remote: string | undefined): boolean {
  const a = plainAddress(remote);
  return a === '::1' || a.startsWith('127.');
}

/** `name`, `name:port`, `[v6]` or `[v6]:port` → lower-case name (v6 without brackets) and port. */
export function parseHostHeader(header: string): { name: string; port: number | null } | null {
  const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!m) return null;
  return { name: (m[1] ?? m[2]).toLowerCase(), port: m[3] ? Number(m[3]) : null };
}

/** A socket's local address as a browser would write it (IPv4 seen through IPv6 unwrapped). */
function plainAddress(address: string | undefined): string {
  return (address ?? '').toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/** Names given to --allowed-hosts (comma-separated; a port written with one is ignored). */
export function allowedHostNames(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((h) => parseHostHeader(h)?.name ?? '')
    .filter(Boolean);
}

export function hostAllowed(
  header: string | undefined,
  local: { address?: string; port?: number },
  configured: readonly string[],
): boolean {
  const host = header ? parseHostHeader(header) : null;
  if (!host || !local.port) return false;
  if ((host.port ?? 80) !== local.port) return false;
  return LOOPBACK.has(host.name) || host.name === plainAddress(local.address) || configured.includes(host.name);
}

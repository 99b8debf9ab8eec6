// Where an office may send its records and its token: HTTPS, or plain HTTP only on this machine's
// loopback (a test server, or a tunnel the ministry set up). Anything else would carry the bearer
// token and every record in the clear (issue 16 item 11).
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The Persian reason a server address is refused, or null when the office may use it. */
export function serverUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'نشانی سرور باید با https:// آغاز شود، مانند https://tatbiq.moi.ir';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOOPBACK.test(u.hostname)) return null;
  if (u.protocol === 'http:') {
    return 'نشانی سرور وزارت باید با https:// آغاز شود؛ اتصال بدون رمزنگاری (http://) فقط روی همین رایانه پذیرفته است.';
  }
  return 'نشانی سرور باید با https:// آغاز شود، مانند https://tatbiq.moi.ir';
}

// The office network's certificates (issue 15 item 1). The office is its own small certificate
// authority: a phone that installs the office's CA once (after matching its fingerprint with the
// one on the secretariat's screen) trusts every later certificate without a warning, even after
// the computer's address changes and the serving certificate is made again. Keys come from
// node:crypto; node-forge builds the X.509 structures (node has no certificate builder).
import crypto from 'node:crypto';
import net from 'node:net';
import forge from 'node-forge';
import { z } from 'zod';

const DAY = 86_400_000;
/** Browsers refuse a serving certificate valid for longer than 398 days. */
const LEAF_DAYS = 397;
const CA_YEARS = 10;
/** A serving certificate this close to its end is made again at the next start. */
const RENEW_DAYS = 30;

export const lanCertificates = z.object({
  caKey: z.string(),
  caCert: z.string(),
  key: z.string(),
  cert: z.string(),
  /** the host names and addresses the serving certificate names, sorted */
  names: z.array(z.string()),
});
export type LanCertificates = z.infer<typeof lanCertificates>;

/** SHA-256 of a certificate in the colon-separated hex every certificate viewer shows. */
export function fingerprintOf(certPem: string): string {
  return new crypto.X509Certificate(certPem).fingerprint256;
}

function newKey(): { pem: string; forgeKey: forge.pki.rsa.PrivateKey; forgePublic: forge.pki.rsa.PublicKey } {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  return { pem, forgeKey, forgePublic: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
}

function serial(): string {
  // positive, 16 bytes: the high bit cleared
  const b = crypto.randomBytes(16);
  b[0] &= 0x7f;
  return b.toString('hex');
}

// ASCII names only: a CN in Persian is shown garbled by some phones' certificate screens
const subject = (cn: string) => [
  { name: 'commonName', value: cn },
  { name: 'organizationName', value: 'Tatbiq office' },
];

function makeCa(officeCode: string, now: Date): { key: string; cert: string } {
  const k = newKey();
  const c = forge.pki.createCertificate();
  c.publicKey = k.forgePublic;
  c.serialNumber = serial();
  c.validity.notBefore = new Date(now.getTime() - DAY);
  c.validity.notAfter = new Date(now.getTime() + CA_YEARS * 365 * DAY);
  const name = subject(`Tatbiq office CA ${officeCode}`);
  c.setSubject(name);
  c.setIssuer(name);
  c.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  c.sign(k.forgeKey, forge.md.sha256.create());
  return { key: k.pem, cert: forge.pki.certificateToPem(c) };
}

function makeLeaf(ca: { key: string; cert: string }, names: string[], now: Date): { key: string; cert: string } {
  const k = newKey();
  const caCert = forge.pki.certificateFromPem(ca.cert);
  const c = forge.pki.createCertificate();
  c.publicKey = k.forgePublic;
  c.serialNumber = serial();
  c.validity.notBefore = new Date(now.getTime() - DAY);
  c.validity.notAfter = new Date(now.getTime() + LEAF_DAYS * DAY);
  c.setSubject(subject(names[0] ?? 'localhost'));
  c.setIssuer(caCert.subject.attributes);
  c.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    // 7: an IP address, 2: a DNS name
    { name: 'subjectAltName', altNames: names.map((n) => (net.isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })) },
  ]);
  c.sign(forge.pki.privateKeyFromPem(ca.key), forge.md.sha256.create());
  return { key: k.pem, cert: forge.pki.certificateToPem(c) };
}

/**
 * The certificates to serve `names` with: the stored ones when they still fit, else a new serving
 * certificate under the stored CA (a CA is made only the first time). `changed` says whether to store.
 */
export function certificatesFor(
  stored: LanCertificates | null,
  wanted: readonly string[],
  officeCode: string,
  now: Date,
): { certs: LanCertificates; changed: boolean } {
  const names = [...new Set(wanted)].sort();
  const ca = stored ? { key: stored.caKey, cert: stored.caCert } : makeCa(officeCode, now);
  if (stored && sameNames(stored.names, names) && !endsSoon(stored.cert, now)) return { certs: stored, changed: false };
  const leaf = makeLeaf(ca, names, now);
  return { certs: { caKey: ca.key, caCert: ca.cert, key: leaf.key, cert: leaf.cert, names }, changed: true };
}

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);

function endsSoon(certPem: string, now: Date): boolean {
  return Date.parse(new crypto.X509Certificate(certPem).validTo) - now.getTime() < RENEW_DAYS * DAY;
}

// Reading the office's PKCS#12 file (node-forge): its certificate and private key, and what the
// admin is shown about it. A wrong password or a file that is not a signing certificate gives a
// Persian error, never a stack trace.
import crypto from 'node:crypto';
import forge from 'node-forge';
import { AppError } from '../../../shared/api/errors';
import { letterMessages } from './messages';

export interface P12Contents {
  cert: forge.pki.Certificate;
  /** the certificate as DER, exactly as issued */
  certDer: Buffer;
  /** every certificate in the file (the signer's first), for the signature's chain */
  chainDer: Buffer[];
  keyPem: string;
}

export interface CertificateFacts {
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: string;
  validTo: string;
  fingerprint: string;
}

const BAD_PASSWORD = letterMessages.p12BadPassword;

function attr(name: forge.pki.Certificate['subject'], short: string): string | undefined {
  const a = name.getField(short) as { value?: string } | null;
  if (!a?.value) return undefined;
  // forge gives UTF-8 strings as raw bytes
  try {
    return forge.util.decodeUtf8(a.value);
  } catch {
    return a.value;
  }
}

function displayName(name: forge.pki.Certificate['subject']): string {
  return attr(name, 'CN') ?? attr(name, 'O') ?? name.attributes.map((a) => String(a.value)).join(', ');
}

export function readP12(p12: Buffer, password: string): P12Contents {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, password);
  } catch {
    throw new AppError('validation', BAD_PASSWORD, { password: BAD_PASSWORD });
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const key = keyBags.find((b) => b.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) {
    const msg = letterMessages.p12NoRsaKey;
    throw new AppError('validation', msg, { p12Base64: msg });
  }
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => !!c);
  const own = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0;
  });
  if (!own) {
    const msg = letterMessages.p12NoCertificate;
    throw new AppError('validation', msg, { p12Base64: msg });
  }
  const der = (c: forge.pki.Certificate) =>
    Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary');
  return {
    cert: own,
    certDer: der(own),
    chainDer: [der(own), ...certs.filter((c) => c !== own).map(der)],
    keyPem: forge.pki.privateKeyToPem(key),
  };
}

export function certificateFacts(c: P12Contents): CertificateFacts {
  return {
    subject: displayName(c.cert.subject),
    issuer: displayName(c.cert.issuer),
    serialNumber: c.cert.serialNumber,
    validFrom: c.cert.validity.notBefore.toISOString(),
    validTo: c.cert.validity.notAfter.toISOString(),
    fingerprint: crypto.createHash('sha256').update(c.certDer).digest('hex'),
  };
}

/** Refuses a certificate that is not valid at `now` (an expired signature helps nobody). */
export function checkValidity(c: P12Contents, now: Date): void {
  const { notBefore, notAfter } = c.cert.validity;
  if (now < notBefore || now > notAfter) {
    const msg = letterMessages.p12NotValidNow;
    throw new AppError('invalid_state', msg);
  }
}

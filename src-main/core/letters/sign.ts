// PAdES signing (ETSI.CAdES.detached) of an issued letter's PDF with the office's certificate.
// @signpdf places the signature field and fills the byte range; the CMS is built here with
// node-forge's ASN.1 so it carries what PAdES baseline asks for (content type, message digest and
// the ESS signing-certificate-v2 attribute; no signing-time attribute — the time is the
// signature dictionary's /M). The field sits over the letter's «دارای امضای دیجیتال» box, which
// Chromium drew, so readers show the signature where the page says it is.
import crypto from 'node:crypto';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { P12Contents } from './p12';
import { PAGE_MM, SIGNATURE_BOX_MM } from './layout';

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

const oid = (o: string) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
const seq = (xs: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, xs);
const set = (xs: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, xs);
const octets = (b: Buffer) => asn1.create(U, T.OCTETSTRING, false, b.toString('binary'));
const int = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const der = (x: forge.asn1.Asn1) => Buffer.from(asn1.toDer(x).getBytes(), 'binary');
const fromDer = (b: Buffer) => asn1.fromDer(b.toString('binary'));
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest();
const algorithm = (o: string) => seq([oid(o)]);
const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])]);

/** DER orders a SET OF by the elements' encodings. */
function derSet(xs: forge.asn1.Asn1[]): forge.asn1.Asn1 {
  const encoded = xs.map((x) => ({ x, b: der(x) }));
  encoded.sort((a, b) => Buffer.compare(a.b, b.b));
  return set(encoded.map((e) => e.x));
}

/** The certificate's serial number and issuer, exactly as encoded in it. */
function issuerAndSerial(certDer: Buffer): { serial: forge.asn1.Asn1; issuer: forge.asn1.Asn1 } {
  const tbs = (fromDer(certDer).value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
  const hasVersion = tbs[0].tagClass === asn1.Class.CONTEXT_SPECIFIC;
  return { serial: tbs[hasVersion ? 1 : 0], issuer: tbs[hasVersion ? 3 : 2] };
}

export function buildCms(content: Buffer, p12: P12Contents): Buffer {
  const { serial, issuer } = issuerAndSerial(p12.certDer);
  // ESSCertIDv2 with the default hash (SHA-256, so the algorithm is omitted) and IssuerSerial
  const issuerSerial = seq([seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [issuer])]), serial]);
  const signingCertificate = seq([seq([seq([octets(sha256(p12.certDer)), issuerSerial])])]);
  const attrs = derSet([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(sha256(content))),
    attribute(OID.signingCertificateV2, signingCertificate),
  ]);
  const signature = crypto.sign('sha256', der(attrs), p12.keyPem);
  const signedAttrs = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs.value as forge.asn1.Asn1[]);
  const signerInfo = seq([
    int(1),
    seq([issuer, serial]),
    algorithm(OID.sha256),
    signedAttrs,
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, p12.chainDer.map(fromDer)),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

class PadesSigner extends Signer {
  constructor(private readonly p12: P12Contents) {
    super();
  }
  override async sign(pdf: Buffer): Promise<Buffer> {
    return buildCms(pdf, this.p12);
  }
}

const PT_PER_MM = 72 / 25.4;

export interface SignOptions {
  /** ASCII: the signature dictionary's strings are PDF literal strings */
  reason: string;
  location: string;
  contactInfo: string;
  name: string;
  signingTime: Date;
}

export async function signPdf(pdf: Buffer, p12: P12Contents, o: SignOptions): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const b = SIGNATURE_BOX_MM;
  const rect = [
    b.left * PT_PER_MM,
    (PAGE_MM.height - b.top - b.height) * PT_PER_MM,
    (b.left + b.width) * PT_PER_MM,
    (PAGE_MM.height - b.top) * PT_PER_MM,
  ].map((x) => Math.round(x * 100) / 100);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: doc.getPage(0),
    reason: o.reason,
    contactInfo: o.contactInfo,
    name: o.name,
    location: o.location,
    signingTime: o.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: rect,
    signatureLength: 16_384,
    appName: 'Tatbiq',
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
  return new SignPdf().sign(prepared, new PadesSigner(p12));
}

// The letter's content hash is one function (shared/letters/contentHash.ts) that issuing,
// verifying and the ministry server's push check all call; its bytes are fixed by QR codes already
// printed, so a known letter must keep its known hash.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HASHED_FIELDS, letterContentHash, wireLetterHash } from '../../shared/letters/contentHash';

const letter = {
  number: '1405/ت/12',
  letterDate: '2026-11-22',
  kind: 'objection',
  recipient: 'شورای اسلامی شهر',
  subject: 'اعتراض',
  salutation: 'سلام',
  body: 'متن\nدوم',
  closing: 'با احترام',
  attachments: 'ندارد',
  copies: JSON.stringify(['رونوشت ۱', 'رونوشت ۲']),
  signatoryName: 'علی',
  signatoryTitle: 'دبیر',
};
// computed by the function as it stood before it read the fields from one list
const KNOWN = '182d71d2ae868baf29ca51b00c295a7676af7a1740560c43954fd879b2d3368b';

describe('letter content hash', () => {
  it('keeps the hash of a known letter, from its row and from its wire record alike', () => {
    expect(letterContentHash('0801', letter)).toBe(KNOWN);
    expect(wireLetterHash('0801', { ...letter, id: 'x', status: 'issued', rev: 3 })).toBe(KNOWN);
  });

  it('changes with the office and with every hashed field', () => {
    expect(letterContentHash('0802', letter)).not.toBe(KNOWN);
    for (const f of HASHED_FIELDS) {
      const changed = f === 'copies' ? JSON.stringify(['رونوشت ۱']) : `${letter[f]}.`;
      expect(letterContentHash('0801', { ...letter, [f]: changed }), f).not.toBe(KNOWN);
    }
  });

  it('refuses copies that are not a JSON list of lines', () => {
    expect(letterContentHash('0801', { ...letter, copies: 'not json' })).toBeNull();
    expect(letterContentHash('0801', { ...letter, copies: '[1]' })).toBeNull();
  });

  it('is built in no other place: issuing, verifying and the server call the one function', () => {
    const root = path.resolve(__dirname, '../..');
    const callers = [
      'src-main/core/letters/issue.ts',
      'src-main/core/letters/verify.ts',
      'src-server/sync/evaluate.ts',
    ];
    for (const f of callers) {
      const src = fs.readFileSync(path.join(root, f), 'utf8');
      expect(src, f).toMatch(/contentHash\(|wireLetterHash\(/);
      // no caller lists the hashed fields itself (the letter's text fields stay out of its call)
      for (const call of src.matchAll(/(?:contentHash|wireLetterHash)\(([\s\S]*?)\);/g)) {
        expect(call[1], f).not.toMatch(/\b(salutation|closing|recipient|attachments)\b/);
      }
      expect(src, f).not.toMatch(/tatbiq-letter-v1|sha256\(/);
    }
  });
});

// What tests name an office, its users, a resolution and an objection with, and a temp folder:
// nothing here opens a core, so an e2e file that drives the built app through these (app.ts, seed.ts)
// does not load the whole core into its worker (seconds per file on a busy machine).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'tatbiq-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const OFFICE = {
  name: 'دبیرخانه هیأت تطبیق مصوبات شوراهای شهرستان کرمان',
  organisation: 'فرمانداری شهرستان کرمان',
  ministry: 'وزارت کشور',
  province: 'کرمان',
  county: 'کرمان',
  code: '۰۸۰۱',
  admin: { username: 'admin', fullName: 'مدیر سامانه', password: 'admin-pass-1405' },
};

export const PASSWORD = 'pass-1405-word';

/** A minimal valid PDF: enough for the magic-number check and a real viewer. */
export function tinyPdf(note = 'tatbiq'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${note}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

export function resolutionInput(councilId: string, over: Record<string, unknown> = {}) {
  return {
    councilId,
    councilResolutionNumber: '۱۲۳/۴۵',
    councilSessionNumber: '۴۵',
    councilSessionDate: '2026-11-10',
    approvalDate: '2026-11-10',
    receiptDate: '2026-11-15',
    incomingNumber: '۱۴۰۵/۲۳۴۵',
    title: 'اخذ عوارض بهای خدمات پسماند در شهر کرمان',
    text: 'شورای اسلامی شهر کرمان مقرر می‌دارد از ابتدای سال ۱۴۰۶ عوارض پسماند به قبوض آب افزوده شود.',
    category: 'fees' as const,
    ...over,
  };
}

export const OBJECTION = {
  clause: 'بند ۲: افزودن عوارض پسماند به قبوض آب',
  grounds: ['conflicts_with_law', 'beyond_powers'],
  referenceIds: ['sustainable-revenue-2', 'councils-law-71-16'],
  reasoning: 'وضع عوارض بر قبوض آب خارج از تعرفهٔ مصوب و بدون رعایت قانون درآمد پایدار است.',
};

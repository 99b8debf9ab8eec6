// Reading a PDF's text with poppler's pdftotext, as the letters tests (core and browser) check it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes `data` under `name` in a fresh temp folder and returns the path. */
export function tempFile(name: string, data: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tatbiq-pdf-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

// pdftotext marks direction runs with embedding controls; they are formatting, not text
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The PDF's text in reading order, as pdftotext gives it (bidi controls removed). */
export function pdfText(pdf: Buffer, opts: { page?: number } = {}): string {
  const file = tempFile('in.pdf', pdf);
  const pages = opts.page ? ['-f', String(opts.page), '-l', String(opts.page)] : [];
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, file, '-'], { encoding: 'utf8' });
  return text.replace(BIDI_CONTROLS, '');
}

/** Text with runs of whitespace as one space: line breaks fall wherever the layout put them. */
export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether `phrase` reads, character by character and in order, in the extracted text. Spaces are
 * left out of the comparison: pdftotext places the space beside a number or a Latin word on the
 * wrong side of it («شمارهٔ  ۱۲۳مورخ»), though every character is in logical order.
 */
export function reads(text: string, phrase: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '');
  return squash(text).includes(squash(phrase));
}

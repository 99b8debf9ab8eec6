// A real core on a real SQLite file in a fresh temp folder, with a clock tests can move.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, LOCAL_ACTOR, type Core } from '../../src-main/core';
import { silentLogger } from '../../src-main/core/logger';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';

export interface TestCore {
  core: Core;
  dir: string;
  now: { value: Date };
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  fail(method: Method, input: unknown): Promise<ApiErrorBody>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'tatbiq-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startCore(opts: { dir?: string; now?: string } = {}): Promise<TestCore> {
  const dir = opts.dir ?? tempDir();
  const now = { value: new Date(opts.now ?? '2026-11-23T08:00:00Z') };
  const core = await openCore({ dataDir: dir, mode: 'browser', clock: () => now.value, log: silentLogger() });
  const ctx = { actor: LOCAL_ACTOR };
  return {
    core,
    dir,
    now,
    async call(method, input) {
      const r = await core.dispatch(method, input, ctx);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.data as never;
    },
    async fail(method, input) {
      const r = await core.dispatch(method, input, ctx);
      if (r.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return r.error;
    },
    async count(table) {
      const [{ n }] = await core.context.db.read.query(`SELECT count(*) AS n FROM ${table}`);
      return n;
    },
    close: () => core.close(),
  };
}

export const OFFICE = {
  name: 'دبیرخانه هیأت تطبیق مصوبات شوراهای شهرستان کرمان',
  organisation: 'فرمانداری شهرستان کرمان',
  ministry: 'وزارت کشور',
  province: 'کرمان',
  county: 'کرمان',
  code: '۰۸۰۱',
};

/** A minimal valid PDF: enough for the magic-number check and a real viewer. */
export function tinyPdf(note = 'tatbiq'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${note}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

export async function seedOffice(t: TestCore) {
  await t.call('office.setup', OFFICE);
  const kerman = await t.call('councils.create', { name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان' });
  const village = await t.call('councils.create', {
    name: 'اختیارآباد',
    kind: 'village',
    county: 'کرمان',
    province: 'کرمان',
  });
  return { kerman, village };
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

// The session pack (issue 15 item 3): one PDF per session, made once and kept in the data
// folder's cache under the hash of everything in it, so a changed agenda, text, opinion or
// attachment makes a new pack and an unchanged one is served from disk. The cache is not office
// data (it is remade from the database at will), so it lives beside, not in, the database.
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { writeFileDurably } from '../storage/blobs';
import { pdfRenderer } from '../letters/runtime';
import { assemblePack, readablePdf, type PackPart } from './assemble';
import { packKey, readPackContent } from './content';
import { agendaHtml, itemHtml } from './html';
import { packMessages as msg } from './messages';

export interface SessionPack {
  fileName: string;
  dataBase64: string;
  pages: number;
  cached: boolean;
}

const packDir = (core: CoreContext) => path.join(path.dirname(core.db.file), 'cache', 'packs');

/** A session's packs are named `<session>.<key>.pdf`, so its older ones can be found and removed. */
const fileStem = (sessionId: string) => `${sessionId.replace(/[^A-Za-z0-9_-]/g, '_')}.`;

/**
 * Removes what a new pack supersedes: the session's packs made from older content, and files of
 * an earlier naming. The cache then holds one pack per session, not one per change ever made.
 */
async function removeSuperseded(core: CoreContext, stem: string, keep: string): Promise<void> {
  const dir = packDir(core);
  for (const f of await fs.promises.readdir(dir)) {
    const pack = f.replace(/\.pages$/, '');
    const legacy = /^[0-9a-f]{64}\.pdf$/.test(pack);
    if (pack === keep || !(legacy || pack.startsWith(stem))) continue;
    await fs.promises.rm(path.join(dir, f), { force: true });
  }
}

// one pack made at a time per key: two members asking together wait for the same file
const making = new Map<string, Promise<{ pdf: Buffer; pages: number }>>();

async function makePack(
  core: CoreContext,
  sessionId: string,
): Promise<{ pdf: Buffer; pages: number; key: string; cached: boolean; name: string }> {
  const content = await readPackContent(core.db.read, sessionId);
  const key = packKey(content);
  const name = `session-${content.session.year}-${content.session.number}.pdf`;
  const stem = fileStem(sessionId);
  const file = path.join(packDir(core), `${stem}${key}.pdf`);
  if (fs.existsSync(file)) {
    const pdf = await fs.promises.readFile(file);
    const pages = Number((await fs.promises.readFile(`${file}.pages`, 'utf8').catch(() => '0')) || 0);
    return { pdf, pages, key, cached: true, name };
  }
  let job = making.get(key);
  if (!job) {
    job = (async () => {
      const renderer = pdfRenderer(core);
      const parts: PackPart[] = [{ bookmark: msg.agenda, pdfs: [await renderer.pdf(agendaHtml(content))] }];
      for (const [n, it] of content.items.entries()) {
        const files: Buffer[] = [];
        const unreadable: string[] = [];
        for (const a of it.attachments) {
          const bytes = await core.blobs.get(a.sha256);
          if (bytes && (await readablePdf(bytes))) files.push(bytes);
          else unreadable.push(a.name);
        }
        const page = await renderer.pdf(itemHtml(it, n + 1, unreadable));
        parts.push({ bookmark: `${msg.item(n + 1)}: ${it.title}`, pdfs: [page, ...files] });
      }
      const made = await assemblePack(msg.title(content.session.number, content.session.year), parts);
      await fs.promises.mkdir(packDir(core), { recursive: true });
      await writeFileDurably(`${file}.pages`, String(made.pages));
      await writeFileDurably(file, made.pdf);
      await removeSuperseded(core, stem, path.basename(file)).catch((e: unknown) =>
        core.log.warn({ err: e }, 'old session packs not removed'),
      );
      return made;
    })().finally(() => making.delete(key));
    making.set(key, job);
  }
  const made = await job;
  return { ...made, key, cached: false, name };
}

export async function sessionPack(core: CoreContext, sessionId: string): Promise<SessionPack> {
  const started = Date.now();
  const p = await makePack(core, sessionId);
  core.log.info(
    { key: p.key.slice(0, 12), cached: p.cached, ms: Date.now() - started, pages: p.pages },
    'session pack',
  );
  return { fileName: p.name, dataBase64: p.pdf.toString('base64'), pages: p.pages, cached: p.cached };
}

// The sync client: push the outbox, then pull the feed, in batches; each step retried with
// backoff and jitter on transient failures (network, timeout, 5xx); at start, periodically
// (default every 15 minutes) and on demand, one run at a time; progress kept for the screen.
// A broken connection at any point loses nothing: the outbox row stays until the server's answer
// is recorded, and the cursor moves only with the page it belongs to.
import os from 'node:os';
import { AppError } from '../../../shared/api/errors';
import { DEFAULT_PULL_LIMIT } from '../../../shared/sync/protocol';
import { serverUrlProblem } from '../../../shared/sync/serverUrl';
import type { SyncStatus } from '../../../shared/schemas/sync';
import type { Actor, CoreContext } from '../context';
import { GENESIS, recordAudit } from '../audit/log';
import { auditChainHead, auditHashAt, saveAnchor } from '../audit/anchor';
import { newId } from '../ids';
import { requireOffice } from '../office/service';
import { fetchMissingMinutes } from '../councilInbox/apply';
import { recordPortalAnswers } from '../councilPortal/answers';
import { applyPage, setAsideChanges } from './apply';
import { missingComplaintFiles } from '../complaints/receive';
import { sha256Hex } from '../storage/blobs';
import { backoffDelay, sleep, type BackoffPolicy } from './backoff';
import { collectBatch, pendingCount, recordAnswer, uploadBlobs } from './push';
import {
  isEnrolled,
  readState,
  recordAttempt,
  recordFailure,
  recordSuccess,
  saveCursor,
  saveEnrollment,
} from './state';
import { readStatus, type LiveState } from './status';
import { SYNCED_TABLES } from './tables';
import { seedOutbox } from '../storage/outbox';
import { httpTransport, SyncError, SYNC_MESSAGES, type Transport } from './transport';
import { ENGINE_MESSAGES } from './messages';

export interface SyncOptions {
  intervalMs: number;
  /** the first run after the app starts */
  startDelayMs: number;
  requestTimeoutMs: number;
  /** tries of one step (a batch, a page, a file) before the run gives up until the next one */
  attempts: number;
  backoff: BackoffPolicy;
  batchSize: number;
  pullLimit: number;
  random: () => number;
  /** run at start and periodically (off in tests that drive runs themselves) */
  schedule: boolean;
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  intervalMs: 15 * 60_000,
  startDelayMs: 5_000,
  requestTimeoutMs: 30_000,
  attempts: 5,
  backoff: { baseMs: 1_000, capMs: 60_000 },
  batchSize: 200,
  pullLimit: DEFAULT_PULL_LIMIT,
  random: Math.random,
  schedule: true,
};

export interface RunResult {
  ok: boolean;
  pushed: number;
  rejected: number;
  pulled: number;
  error?: string;
}

const NOT_ENROLLED = ENGINE_MESSAGES.notEnrolled;
const UNEXPECTED = ENGINE_MESSAGES.unexpected;

export class SyncEngine {
  private opts: SyncOptions;
  private current: Promise<RunResult> | null = null;
  private live: LiveState;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly core: CoreContext,
    opts: Partial<SyncOptions> = {},
  ) {
    this.opts = { ...DEFAULT_SYNC_OPTIONS, ...opts };
    this.live = {
      running: false,
      phase: 'idle',
      progress: null,
      nextRunAt: null,
      intervalMinutes: this.opts.intervalMs / 60_000,
    };
  }

  configure(opts: Partial<SyncOptions>) {
    this.opts = { ...this.opts, ...opts };
    this.live.intervalMinutes = this.opts.intervalMs / 60_000;
    if (!this.opts.schedule && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.live.nextRunAt = null;
    }
  }

  /** Schedules the first run (if enrolled) and the periodic ones. */
  start() {
    this.stopped = false;
    if (this.opts.schedule) this.scheduleIn(this.opts.startDelayMs);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.live.nextRunAt = null;
    await this.current?.catch(() => undefined);
  }

  private scheduleIn(ms: number) {
    if (this.stopped || !this.opts.schedule) return;
    if (this.timer) clearTimeout(this.timer);
    this.live.nextRunAt = new Date(Date.now() + ms).toISOString();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.scheduledRun();
    }, ms);
    // a pending sync never keeps the process alive
    this.timer.unref();
  }

  /** A run at its time, then the next one scheduled; a closed database (the app quitting) ends the schedule. */
  private async scheduledRun() {
    try {
      // a run records its own failures; it throws only when it cannot even start
      if (isEnrolled(await readState(this.core.db.read))) await this.run();
    } catch {
      return;
    }
    this.scheduleIn(this.nextDelay());
  }

  /** After failures, try again sooner than the interval, backing off; never later than it. */
  private nextDelay(): number {
    if (this.failures === 0) return this.opts.intervalMs;
    const soon = 60_000 * 2 ** Math.min(this.failures - 1, 6);
    return Math.min(this.opts.intervalMs, Math.floor(soon / 2 + this.opts.random() * (soon / 2)));
  }

  async status(): Promise<SyncStatus> {
    return readStatus(this.core.db.read, this.live);
  }

  /** One run at a time: a second request while running joins the one in progress. */
  run(): Promise<RunResult> {
    // running from this moment, so a status read right after «sync now» already shows it
    if (!this.current) this.live = { ...this.live, running: true, phase: 'push', progress: null };
    this.current ??= this.runOnce().finally(() => {
      this.current = null;
      this.live = { ...this.live, running: false, phase: 'idle', progress: null };
    });
    return this.current;
  }

  /** Starts a run without waiting for it (the screen follows it through status()). */
  async runNow(): Promise<SyncStatus> {
    const state = await readState(this.core.db.read);
    if (!isEnrolled(state)) throw new AppError('not_configured', NOT_ENROLLED);
    this.run().catch((err: unknown) => this.core.log.error({ err }, 'sync run could not start'));
    return this.status();
  }

  private async runOnce(): Promise<RunResult> {
    const core = this.core;
    const state = await readState(core.db.read);
    if (!isEnrolled(state)) return { ok: false, pushed: 0, rejected: 0, pulled: 0, error: NOT_ENROLLED };
    this.live = { ...this.live, running: true, phase: 'push', progress: { done: 0, total: null } };
    await core.db.write((tx) => recordAttempt(tx, core.clock().toISOString()));
    let pushed = 0;
    let rejected = 0;
    let pulled = 0;
    try {
      const transport = httpTransport({
        baseUrl: state.serverUrl,
        token: state.token,
        timeoutMs: this.opts.requestTimeoutMs,
        version: core.version,
      });
      ({ pushed, rejected } = await this.pushAll(transport));
      await this.anchor(transport);
      pulled = await this.pullAll(transport);
      await this.fetchComplaintFiles(transport);
      // the signed minutes of council submissions the pull brought (issue 14)
      await fetchMissingMinutes(core, (sha) => this.step(() => transport.getBlob(sha)));
      // the councils' answers given in the portal become their answers here (councilPortal/answers.ts)
      await recordPortalAnswers(core, (sha) => this.step(() => transport.getBlob(sha)));
      // what the pull changed here (a council added, deadlines moved) goes up in the same run
      if (pulled > 0) {
        const again = await this.pushAll(transport);
        pushed += again.pushed;
        rejected += again.rejected;
      }
      await core.db.write((tx) => recordSuccess(tx, core.clock().toISOString(), pushed, pulled));
      this.failures = 0;
      core.log.info({ pushed, rejected, pulled }, 'sync done');
      return { ok: true, pushed, rejected, pulled };
    } catch (e) {
      this.failures++;
      const message = e instanceof SyncError || e instanceof AppError ? e.message : UNEXPECTED;
      if (e instanceof SyncError) core.log.warn({ kind: e.kind, status: e.status, pushed, pulled }, 'sync stopped');
      else core.log.error({ err: e }, 'sync failed');
      await core.db.write((tx) => recordFailure(tx, core.clock().toISOString(), message)).catch(() => undefined);
      return { ok: false, pushed, rejected, pulled, error: message };
    }
  }

  /** One step, tried again after transient failures with backoff and jitter. */
  private async step<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (!(e instanceof SyncError) || !e.retryable || attempt + 1 >= this.opts.attempts) throw e;
        await sleep(backoffDelay(attempt, this.opts.backoff, this.opts.random));
      }
    }
  }

  private async pushAll(transport: Transport): Promise<{ pushed: number; rejected: number }> {
    const total = await pendingCount(this.core.db.read);
    this.live = { ...this.live, phase: 'push', progress: { done: 0, total } };
    let afterSeq = 0;
    let pushed = 0;
    let rejected = 0;
    // rows sent ahead of their place, with their resolution: the queue skips them when it gets there
    const sent = new Set<number>();
    for (;;) {
      const batch = await collectBatch(this.core, afterSeq, this.opts.batchSize, undefined, sent);
      if (!batch) break;
      afterSeq = batch.lastSeq;
      for (const seq of batch.companions) sent.add(seq);
      if (!batch.changes.length) continue;
      const batchId = newId();
      const answer = await this.step(async () => {
        const ready = await uploadBlobs(this.core, transport, batch);
        return ready.changes.length ? transport.push({ batchId, changes: ready.changes }) : null;
      });
      if (answer) {
        const tally = await recordAnswer(this.core, answer);
        pushed += tally.accepted;
        rejected += tally.rejected;
      }
      const done = (this.live.progress?.done ?? 0) + batch.changes.length;
      this.live = { ...this.live, progress: { done, total: Math.max(total, done) } };
    }
    return { pushed, rejected };
  }

  /**
   * The audit chain's head and count to the server, which keeps it only if it extends what it
   * holds; the office keeps what the server holds, so its audit check reports a cut chain.
   */
  private async anchor(transport: Transport): Promise<void> {
    const core = this.core;
    let held;
    try {
      ({ held } = await this.step(() => transport.getAnchor()));
    } catch (e) {
      // a server older than the anchor (404) still takes everything else
      if (e instanceof SyncError && e.status === 404) return;
      throw e;
    }
    const mine = await auditChainHead(core.db.read);
    const base = held ? { count: held.count, head: (await auditHashAt(core.db.read, held.count)) ?? GENESIS } : null;
    const answer = await this.step(() => transport.postAnchor({ ...mine, base }));
    if (answer.flagged) core.log.warn({ flagged: answer.flagged }, 'the server refused the audit anchor');
    await core.db.write((tx) => saveAnchor(tx, answer.held ?? mine, core.clock().toISOString()));
  }

  /** The files of complaints pulled (now or before) that this office does not hold yet; best effort. */
  private async fetchComplaintFiles(transport: Transport): Promise<void> {
    const core = this.core;
    for (const sha of await missingComplaintFiles(core.db.read, (h) => core.blobs.has(h))) {
      try {
        const data = await transport.getBlob(sha);
        if (sha256Hex(data) === sha) await core.blobs.put(data);
      } catch (err) {
        core.log.warn({ sha, err }, 'complaint file not fetched; tried again on the next sync');
      }
    }
  }

  private async pullAll(transport: Transport): Promise<number> {
    const core = this.core;
    const office = await requireOffice(core.db.read);
    this.live = { ...this.live, phase: 'pull', progress: { done: 0, total: null } };
    let pulled = 0;
    for (;;) {
      const { cursor } = await readState(core.db.read);
      const page = await this.step(() => transport.pull(cursor, this.opts.pullLimit));
      if (page.changes.length || page.cursor !== cursor) {
        await core.db.write(async (tx) => {
          await applyPage(core, tx, office, page.changes);
          await saveCursor(tx, page.cursor);
        });
      }
      pulled += page.changes.length;
      this.live = { ...this.live, progress: { done: pulled, total: null } };
      if (!page.hasMore) break;
    }
    // what was set aside (now or before) is tried again, together: the office may have fixed what
    // stopped it, or its cause was in another page (a rename swap split across two pages)
    await core.db.write(async (tx) => {
      const again = await setAsideChanges(tx);
      if (again.length) await applyPage(core, tx, office, again);
    });
    return pulled;
  }

  /** Enrolls with a one-time code; a new server (or office) starts over with every record. */
  async enroll(serverUrl: string, code: string, actor: Actor): Promise<SyncStatus> {
    const core = this.core;
    const office = await requireOffice(core.db.read);
    const url = serverUrl.replace(/\/+$/, '');
    const problem = serverUrlProblem(url);
    if (problem) throw new AppError('validation', problem, { serverUrl: problem });
    if (this.current) await this.current.catch(() => undefined);
    let answer;
    try {
      const transport = httpTransport({ baseUrl: url, timeoutMs: this.opts.requestTimeoutMs, version: core.version });
      answer = await transport.enroll({ code, officeId: office.id, client: os.hostname().slice(0, 200) });
    } catch (e) {
      if (!(e instanceof SyncError)) throw e;
      const onCode = e.kind === 'auth' || e.kind === 'refused';
      const message = onCode ? e.message : ENGINE_MESSAGES.checkServerUrl(e.message);
      throw new AppError('validation', message, onCode ? { code: message } : { serverUrl: message });
    }
    await core.db.write(async (tx) => {
      const at = core.clock().toISOString();
      const { fresh } = await saveEnrollment(tx, url, answer, actor.id, at);
      if (fresh) {
        // everything goes to the new server, parents first
        await tx.query('DELETE FROM sync_outbox');
        await tx.query('DELETE FROM sync_blob');
        await seedOutbox(tx, SYNCED_TABLES);
      }
      await recordAudit(tx, {
        actor,
        at,
        entity: 'sync',
        entityId: answer.office.id,
        action: 'enroll',
        after: { serverUrl: url, office: answer.office, fresh },
      });
    });
    core.log.info({ serverUrl: url, office: answer.office.code }, 'enrolled with the ministry server');
    this.failures = 0;
    this.stopped = false;
    if (this.opts.schedule) this.scheduleIn(0);
    return this.status();
  }

  /** Sends a refused record again, as a new change (after the ministry fixed what it refused). */
  async retry(entity: string, recordId: string): Promise<SyncStatus> {
    await this.core.db.write(async (tx) => {
      const [row] = await tx.query(
        'SELECT seq FROM sync_outbox WHERE entity = ? AND record_id = ? AND rejected_at IS NOT NULL',
        [entity, recordId],
      );
      if (!row) throw new AppError('not_found', ENGINE_MESSAGES.setAsideGone);
      await tx.query(
        `UPDATE sync_outbox SET change_id = NULL, rejected_code = NULL, rejected_reason = NULL, rejected_at = NULL,
                waiting_reason = NULL WHERE seq = ?`,
        [row.seq],
      );
    });
    return this.status();
  }
}

export { SYNC_MESSAGES };

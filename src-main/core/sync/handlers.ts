// The sync capability's contract methods, and the one engine per office database. The engine is
// made with the handlers (when the core opens), so sync runs at start and then periodically
// whichever shell opened the core; TATBIQ_SYNC_INTERVAL_MINUTES changes the period.
import type { syncMethods } from '../../../shared/api/methods/sync';
import type { HandlersOf } from '../api/dispatcher';
import type { CoreContext } from '../context';
import type { Database } from '../storage/database';
import { SyncEngine, type SyncOptions } from './engine';

const engines = new WeakMap<Database, SyncEngine>();

function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<SyncOptions> {
  const minutes = Number(env.TATBIQ_SYNC_INTERVAL_MINUTES);
  return Number.isFinite(minutes) && minutes > 0 ? { intervalMs: minutes * 60_000 } : {};
}

/** The office database's sync engine (made, and scheduled, on first use). */
export function syncEngineOf(core: CoreContext): SyncEngine {
  let engine = engines.get(core.db);
  if (!engine) {
    engine = new SyncEngine(core, optionsFromEnv());
    engines.set(core.db, engine);
    engine.start();
  }
  return engine;
}

export function syncHandlers(core: CoreContext): HandlersOf<typeof syncMethods> {
  const engine = syncEngineOf(core);
  return {
    'sync.status': () => engine.status(),
    'sync.enroll': (input, call) => engine.enroll(input.serverUrl, input.code, call.actor),
    'sync.now': () => engine.runNow(),
    'sync.retry': (input) => engine.retry(input.entity, input.recordId),
  };
}

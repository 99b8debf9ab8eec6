// Fault suite, seeds 151–200. The four files run in parallel, and each runs two worlds (a
// database, a proxy, two offices) side by side, one seed at a time per world: the suite mostly
// waits on timeouts and delays, so this is what keeps it short.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultWorld, runSeed, type FaultWorld } from './faults';

const worlds: FaultWorld[] = [];
beforeAll(async () => {
  worlds.push(...(await Promise.all([faultWorld('941'), faultWorld('942')])));
});
afterAll(() => Promise.all(worlds.map((w) => w.close())));

describe.concurrent('sync through a faulty network', () => {
  for (let seed = 151; seed <= 200; seed++) {
    it(`converges after faults, seed ${seed}`, () => {
      const w = worlds[seed % worlds.length];
      return w.serial(() => runSeed(w, seed));
    });
  }
});

it('the network misbehaved in every way along the way', () => {
  for (const w of worlds) {
    for (const kind of ['dropBefore', 'dropAfter', 'cut', 'duplicate', 'delay'] as const) {
      expect(w.proxy.stats[kind], kind).toBeGreaterThan(5);
    }
  }
});

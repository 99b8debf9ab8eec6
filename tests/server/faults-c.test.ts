// Fault suite on SQLite, seeds 101–150 (faults.ts: faultSuite; the four files run in parallel).
import { faultSuite } from './faults';

faultSuite('sqlite', 101, 150, ['931', '932']);

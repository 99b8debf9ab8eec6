// Fault suite on SQLite, seeds 151–200 (faults.ts: faultSuite; the four files run in parallel).
import { faultSuite } from './faults';

faultSuite('sqlite', 151, 200, ['941', '942']);

// Fault suite, seeds 1–50 (faults.ts: faultSuite; the four files run in parallel).
import { faultSuite } from './faults';

faultSuite(1, 50, ['911', '912']);

// Fault suite on PostgreSQL, seeds 1–50 (faults.ts: faultSuite; the four files run in parallel).
import { faultSuite } from './faults';

faultSuite('postgres', 1, 50, ['911', '912']);

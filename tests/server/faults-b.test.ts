// Fault suite on PostgreSQL, seeds 51–100 (faults.ts: faultSuite; the four files run in parallel).
import { faultSuite } from './faults';

faultSuite('postgres', 51, 100, ['921', '922']);

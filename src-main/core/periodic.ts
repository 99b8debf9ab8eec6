// The core's background jobs (lifecycle checks, finding reminders) run on the helper the ministry
// server's rollup refresher shares: at start and on an interval, no overlap, a failure logged and
// retried, stop waits for the run (shared/jobs/periodic.ts).
export { startPeriodic, type PeriodicJob } from '../../shared/jobs/periodic';

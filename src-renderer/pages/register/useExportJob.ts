// Watches a long export the core runs as a job: polls reports.exportJob until it ends, and
// cancels it (the core removes the unfinished file before answering).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJob } from '../../../shared/reports/exportJob';
import { call } from '../../api/client';

const POLL_MS = 300;

export function useExportJob() {
  const [job, setJob] = useState<ExportJob | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stop, []);

  const watch = useCallback((started: ExportJob) => {
    stop();
    setJob(started);
    const poll = async (id: string) => {
      try {
        const j = await call('reports.exportJob', { id });
        setJob(j);
        if (j.state === 'running') timer.current = setTimeout(() => void poll(id), POLL_MS);
      } catch {
        timer.current = setTimeout(() => void poll(id), POLL_MS * 3);
      }
    };
    if (started.state === 'running') timer.current = setTimeout(() => void poll(started.id), POLL_MS);
  }, []);

  const cancel = useCallback(async () => {
    if (!job) return;
    stop();
    setJob(await call('reports.cancelExport', { id: job.id }));
  }, [job]);

  const reset = useCallback(() => {
    stop();
    setJob(null);
  }, []);

  return { job, watch, cancel, reset };
}

// Logs are English and structured (pino); users see Persian messages, never these.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(opts: { level?: string; file?: string } = {}): Logger {
  const level = opts.level ?? process.env.TATBIQ_LOG_LEVEL ?? 'info';
  if (opts.file) return pino({ level }, pino.destination({ dest: opts.file, mkdir: true, sync: false }));
  return pino({ level });
}

export const silentLogger = (): Logger => pino({ level: 'silent' });

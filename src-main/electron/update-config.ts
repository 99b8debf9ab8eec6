// Where updates come from (pure: no Electron import, unit-tested). The packaged app's feed is the
// `publish` URL of electron-builder.yml (written into app-update.yml); a ministry that hosts its
// feed elsewhere sets it per computer, without rebuilding, in `update.json` in the data folder or
// in TATBIQ_UPDATE_URL. Only the feed's address can be changed here: how an update is verified
// (sha512 from the feed, and the Windows code signature against the publisher names baked into
// app-update.yml at build) cannot be weakened by a local file.
export interface UpdateConfig {
  /** false: never check (an office whose updates are installed by hand) */
  enabled: boolean;
  /** null: the packaged app-update.yml's URL */
  feedUrl: string | null;
  channel: string;
  /** minutes between checks after the one at start */
  intervalMinutes: number;
  /** why a setting was ignored (English, for the log) */
  warnings: string[];
}

export const DEFAULT_UPDATE_CONFIG: UpdateConfig = {
  enabled: true,
  feedUrl: null,
  channel: 'latest',
  intervalMinutes: 240,
  warnings: [],
};

/** https only; http just for this computer (a test feed), since the feed names what gets installed. */
export function feedUrlOf(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) return null;
  if (u.username || u.password || u.search || u.hash) return null;
  // the generic provider appends file names: the URL is a folder
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/**
 * The effective configuration from update.json's text (null: no file) and the environment.
 * The environment wins over the file (a one-off test); bad values are ignored with a warning.
 */
export function parseUpdateConfig(fileText: string | null, env: Record<string, string | undefined> = {}): UpdateConfig {
  const out: UpdateConfig = { ...DEFAULT_UPDATE_CONFIG, warnings: [] };
  let file: Record<string, unknown> = {};
  if (fileText !== null) {
    try {
      const parsed: unknown = JSON.parse(fileText);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) file = parsed as Record<string, unknown>;
      else out.warnings.push('update.json is not a JSON object; ignored');
    } catch {
      out.warnings.push('update.json is not valid JSON; ignored');
    }
  }
  if (file.enabled === false || env.TATBIQ_UPDATE_DISABLED === '1') out.enabled = false;
  const url = env.TATBIQ_UPDATE_URL ?? (typeof file.url === 'string' ? file.url : undefined);
  if (url !== undefined) {
    const feed = feedUrlOf(url);
    if (feed) out.feedUrl = feed;
    else out.warnings.push(`update feed URL refused (https only, no credentials or query): ${url.slice(0, 200)}`);
  }
  if (typeof file.channel === 'string') {
    if (/^[a-z][a-z0-9-]{0,31}$/.test(file.channel)) out.channel = file.channel;
    else out.warnings.push(`update channel refused: ${file.channel.slice(0, 40)}`);
  }
  if (file.intervalMinutes !== undefined) {
    const n = Number(file.intervalMinutes);
    if (Number.isInteger(n) && n >= 15 && n <= 10_080) out.intervalMinutes = n;
    else out.warnings.push('update intervalMinutes must be a whole number from 15 to 10080; ignored');
  }
  return out;
}

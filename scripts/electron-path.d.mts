// Types of electron-path.mjs, for the TypeScript tests that import it.

/** The Electron runtime's executable, or null when it is not installed (nothing is downloaded). */
export function electronPath(): string | null;

/** Tries once to download the runtime; the executable's path, or null when it is still absent. */
export function fetchElectron(timeoutMs?: number): string | null;

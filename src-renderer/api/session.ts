// The session as the renderer sees it. The token itself never reaches the page (an HttpOnly
// cookie in browser mode, the main process in Electron); the page only learns that a call was
// refused because the session ended, and tells the screens when the same user signs back in.
type Listener = () => void;

const ended = new Set<Listener>();
const resumed = new Set<Listener>();

function subscribe(set: Set<Listener>, listener: Listener): () => void {
  set.add(listener);
  return () => void set.delete(listener);
}

/** App: show the sign-in screen over the work in progress. */
export const onSessionEnded = (listener: Listener) => subscribe(ended, listener);
/** Screens: calls refused while signed out may now be made again. */
export const onSessionResumed = (listener: Listener) => subscribe(resumed, listener);

export function sessionEnded(): void {
  for (const l of [...ended]) l();
}

export function sessionResumed(): void {
  for (const l of [...resumed]) l();
}

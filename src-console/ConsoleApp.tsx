// The console: who is signed in decides what shows (sign-in, or the shell with its scope).
import type { Me } from './types';
import { SessionGate } from './SessionGate';
import { ConsoleShell } from './ConsoleShell';

export function ConsoleApp() {
  return (
    <SessionGate<Me> path="/console/api/session" signedOutNotice="نشست شما پایان یافت؛ دوباره وارد شوید.">
      {(me, signedOut) => <ConsoleShell me={me} onSignedOut={signedOut} />}
    </SessionGate>
  );
}

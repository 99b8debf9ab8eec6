// The signed-in user's unread messages, for the menu's badge, the desk and the member's workspace,
// polled while the app is open. The poll is a background call (shared/api/access BACKGROUND_METHODS)
// so it does not keep an unattended session alive. A message newer than the last one seen shows a
// system notification: in the desktop app (the shell grants the permission) and in a browser only
// where the user has already allowed notifications; otherwise nothing.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { UnreadState } from '../../shared/schemas/conversation';
import { call } from '../api/client';
import { conversationsMessages as m } from '../messages/conversations';
import { useCan } from './AppInfoContext';
import { useNotify } from './Notifier';

export const UNREAD_POLL_MS = 5_000;

interface Unread {
  unread: number;
  /** the newest seq of a message not the user's own, to redraw an open thread */
  latestSeq: number;
  refresh: () => void;
}

const UnreadContext = createContext<Unread>({ unread: 0, latestSeq: 0, refresh: () => undefined });

export const useUnread = () => useContext(UnreadContext);

function notify(latest: NonNullable<UnreadState['latest']>) {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    new Notification(m.notificationTitle(latest.authorName), {
      body: latest.text.slice(0, 200),
      tag: latest.conversationId,
    });
  } catch {
    // some browsers allow notifications only from a service worker: then nothing, as without permission
  }
}

export function UnreadProvider({ children }: { children: ReactNode }) {
  const can = useCan();
  const inApp = useNotify();
  const allowed = can('conversations.unread');
  const [state, setState] = useState<{ unread: number; latestSeq: number }>({ unread: 0, latestSeq: 0 });
  const seen = useRef<number | null>(null);

  const refresh = useCallback(() => {
    if (!allowed) return;
    call('conversations.unread', {}).then(
      (u) => {
        const seq = u.latest?.seq ?? 0;
        // the first answer sets the mark: what was there before this window opened is not news
        if (seen.current !== null && u.latest && seq > seen.current) {
          // in a window the user is looking at, the badge and a line in the app say it; else the system
          const here = window.location.hash === `#/messages/${encodeURIComponent(u.latest.conversationId)}`;
          if (document.hasFocus()) {
            if (!here) inApp(m.notificationTitle(u.latest.authorName), 'info');
          } else notify(u.latest);
        }
        seen.current = Math.max(seen.current ?? 0, seq);
        setState((s) => (s.unread === u.unread && s.latestSeq === seq ? s : { unread: u.unread, latestSeq: seq }));
      },
      () => undefined, // a missed poll is retried at the next tick
    );
  }, [allowed, inApp]);

  useEffect(() => {
    if (!allowed) return;
    refresh();
    const timer = window.setInterval(refresh, UNREAD_POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [allowed, refresh]);

  const value = useMemo(() => ({ ...state, refresh }), [state, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

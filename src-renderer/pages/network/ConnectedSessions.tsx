// Who is signed in now, from this computer or another device, and the admin's «پایان ورود».
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ConnectedSession } from '../../../shared/schemas/lan';
import { call } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useCall } from '../../api/useCall';
import { useNotify } from '../../app/Notifier';
import { ConfirmDialog } from '../sessions/ConfirmDialog';
import { instantFa, toFa } from '../../format/fa';
import { networkMessages as m } from '../../messages/network';

/** The browser's family in a word, from its user agent (enough to tell a phone from the desk). */
function deviceOf(agent: string): string {
  const os = /Android|iPhone|iPad|Windows|Mac OS|Linux/.exec(agent)?.[0] ?? '';
  const browser = /Edg|Firefox|Chrome|Safari/.exec(agent)?.[0] ?? '';
  return [browser === 'Edg' ? 'Edge' : browser, os].filter(Boolean).join(' / ') || '—';
}

export function ConnectedSessions() {
  const list = useCall('lan.sessions', {});
  const action = useAction();
  const notify = useNotify();
  const [ending, setEnding] = useState<ConnectedSession | null>(null);
  const end = async (s: ConnectedSession) => {
    setEnding(null);
    if (await action.run('busy', () => call('lan.endSession', { id: s.id }))) notify(m.ended);
    list.reload();
  };
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" data-testid="connected-sessions">
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {m.sessionsTitle}
        </Typography>
        <Button onClick={list.reload} sx={{ minHeight: 44 }}>
          {m.refresh}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 1.5 }}>
        {m.sessionsIntro}
      </Typography>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {list.data?.length === 0 && <Typography color="text.secondary">{m.noSessions}</Typography>}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              {[m.user, m.from, m.device, m.started, m.lastSeen, ''].map((h, i) => (
                <TableCell key={i}>{h}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {(list.data ?? []).map((s) => (
              <TableRow key={s.id} data-testid="connected-session" data-username={s.username}>
                <TableCell>
                  {s.fullName} {s.current && <Chip size="small" label={m.you} sx={{ mr: 1 }} />}
                </TableCell>
                <TableCell>{s.via === 'lan' ? m.lan(toFa(s.remote)) : m.local}</TableCell>
                <TableCell dir="ltr">{deviceOf(s.userAgent)}</TableCell>
                <TableCell>{instantFa(s.startedAt)}</TableCell>
                <TableCell>{instantFa(s.lastSeenAt)}</TableCell>
                <TableCell>
                  {!s.current && (
                    <Button color="error" size="small" onClick={() => setEnding(s)} data-testid="end-session">
                      {m.end}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {ending && (
        <ConfirmDialog
          title={m.end}
          confirmLabel={m.end}
          cancelLabel={m.cancel}
          color="error"
          busy={action.busy !== null}
          confirmTestId="end-session-confirm"
          onConfirm={() => void end(ending)}
          onClose={() => setEnding(null)}
        >
          {m.endConfirm(ending.fullName)}
        </ConfirmDialog>
      )}
    </Paper>
  );
}

// Closing the session (issue 11): the dialog lists what the close will do with each pending item,
// from the core's own plan (atClose), so the close does what it announced; an objection it cannot
// record for want of its grounds is named, with a button to enter them now.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { SessionDetail, SessionItem } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';
import { ConfirmDialog } from './ConfirmDialog';

/** What closing would do: the core's own plan for each pending item (atClose), counted. */
export function closeSummary(d: SessionDetail) {
  const pending = d.items.filter((i) => i.state === 'pending' && i.atClose);
  const plans = pending.map((i) => i.atClose!);
  return {
    compliant: plans.filter((p) => p.state === 'ruled' && p.outcome === 'compliant').length,
    objected: plans.filter((p) => p.state === 'ruled' && p.outcome === 'objected').length,
    carried: plans.filter((p) => p.state === 'carried_over').length,
    dropped: plans.filter((p) => p.state === 'dropped').length,
    alreadyRuled: d.items.filter((i) => i.state === 'ruled').length,
    needsObjection: pending.filter((i) => i.atClose!.needsObjection),
  };
}

export function CloseDialog({
  detail,
  onClose,
  onDone,
  onRule,
}: {
  detail: SessionDetail;
  onClose: () => void;
  onDone: (d: SessionDetail) => void;
  /** enter the objection of an item the close would otherwise carry over */
  onRule: (item: SessionItem) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const s = closeSummary(detail);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await call('sessions.close', { id: detail.session.id }));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={m.closeTitle}
      confirmLabel={m.closeConfirm}
      cancelLabel={common.cancel}
      busy={busy}
      testId="close-dialog"
      confirmTestId="session-close-confirm"
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <Typography sx={{ mb: 2 }}>{m.closeIntro}</Typography>
      {!detail.quorum.met && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {m.closeNoQuorum}
        </Alert>
      )}
      <Box component="ul" sx={{ m: 0, pr: 2.5, display: 'grid', gap: 0.5 }} data-testid="close-summary">
        {s.alreadyRuled > 0 && <li>{m.closeAlreadyRuled(s.alreadyRuled)}</li>}
        <li data-testid="close-will-rule">{m.closeWillRule(s.compliant, s.objected)}</li>
        <li data-testid="close-will-carry">{m.closeWillCarry(s.carried)}</li>
        {s.dropped > 0 && <li data-testid="close-will-drop">{m.closeWillDrop(s.dropped)}</li>}
      </Box>
      {s.needsObjection.length > 0 && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="close-needs-objection">
          <Typography variant="body2" sx={{ mb: 1 }}>
            {m.closeNeedsObjection(s.needsObjection.length)}
          </Typography>
          {s.needsObjection.map((i) => (
            <Box key={i.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
              <Typography variant="body2" sx={{ flexGrow: 1, fontWeight: 600 }}>
                {i.title}
              </Typography>
              <Button size="small" variant="outlined" onClick={() => onRule(i)} data-testid={`close-rule-${i.id}`}>
                {m.closeEnterObjection}
              </Button>
            </Box>
          ))}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {m.closeSilentNote}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
    </ConfirmDialog>
  );
}

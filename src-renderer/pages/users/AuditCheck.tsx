// «بررسی یکپارچگی رویدادنگار»: walks the audit log's hash chain (audit.verify) and says whether it
// holds, or where it first breaks.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import type { AuditVerifyResult } from '../../../shared/schemas/audit';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { instantFa, numFa, toFa } from '../../format/fa';
import { usersMessages as m } from '../../messages/users';

type State =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; result: AuditVerifyResult }
  | { phase: 'error'; message: string };

function Verdict({ result }: { result: AuditVerifyResult }) {
  if (result.truncated) {
    return (
      <Alert severity="error" data-testid="audit-result" data-ok="false">
        {result.truncated} {m.auditChecked(numFa(result.checked))}
      </Alert>
    );
  }
  if (result.ok || !result.broken) {
    return (
      <Alert severity="success" data-testid="audit-result" data-ok="true">
        {m.auditOk(numFa(result.checked))}
      </Alert>
    );
  }
  const { seq, at, reason } = result.broken;
  return (
    <Alert severity="error" data-testid="audit-result" data-ok="false">
      <AlertTitle>{m.auditBroken(toFa(seq), instantFa(at))}</AlertTitle>
      {reason === 'content' ? m.auditBrokenContent : m.auditBrokenLink} {m.auditChecked(numFa(result.checked))}
    </Alert>
  );
}

export function AuditCheck() {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const run = () => {
    setState({ phase: 'running' });
    call('audit.verify', {}).then(
      (result) => setState({ phase: 'done', result }),
      (err: unknown) => setState({ phase: 'error', message: errorText(err) }),
    );
  };
  const running = state.phase === 'running';
  return (
    <Paper variant="outlined" sx={{ p: 2.5, mt: 2.5 }} data-testid="audit-check" component="section">
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 280 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {m.auditTitle}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, lineHeight: 1.9 }}>
            {m.auditIntro}
          </Typography>
        </Box>
        <Button
          variant="outlined"
          onClick={run}
          disabled={running}
          data-testid="audit-verify"
          startIcon={running ? <CircularProgress size={18} color="inherit" /> : <VerifiedUserOutlined />}
        >
          {running ? m.auditRunning : m.auditRun}
        </Button>
      </Box>
      {(state.phase === 'done' || state.phase === 'error') && (
        <Box sx={{ mt: 2 }}>
          {state.phase === 'done' ? (
            <Verdict result={state.result} />
          ) : (
            <Alert severity="error" data-testid="audit-result">
              {state.message}
            </Alert>
          )}
        </Box>
      )}
    </Paper>
  );
}

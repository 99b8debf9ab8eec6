// The uncontested block (DESIGN.md §2): every item all present members found no conflict, ruled
// together after a confirmation that lists them.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import type { SessionDetail } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';
import { ConfirmDialog } from './ConfirmDialog';

export function BlockRuling(p: {
  detail: SessionDetail;
  onChange: (d: SessionDetail) => void;
  onError: (e: string) => void;
}) {
  const notify = useNotify();
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const block = p.detail.items.filter((i) => i.state === 'pending' && i.uncontested);
  const rule = async () => {
    setBusy(true);
    try {
      p.onChange(await call('sessions.ruleBlock', { id: p.detail.session.id }));
      notify(m.ruleBlockDone(block.length));
      setConfirm(false);
    } catch (e) {
      p.onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Tooltip title={m.ruleBlockHint}>
        <span>
          <Button
            variant="contained"
            color="success"
            startIcon={<DoneAllOutlined />}
            disabled={block.length === 0 || busy}
            onClick={() => setConfirm(true)}
            data-testid="rule-block"
          >
            {m.ruleBlock(block.length)}
          </Button>
        </span>
      </Tooltip>
      {confirm && (
        <ConfirmDialog
          title={m.ruleBlockTitle}
          confirmLabel={m.confirm}
          cancelLabel={common.cancel}
          busy={busy}
          testId="rule-block-dialog"
          confirmTestId="rule-block-confirm"
          onClose={() => setConfirm(false)}
          onConfirm={() => void rule()}
        >
          <Typography sx={{ mb: 1 }}>{m.ruleBlockBody(block.length)}</Typography>
          <Box component="ul" sx={{ m: 0, pr: 2.5 }}>
            {block.map((i) => (
              <li key={i.id}>
                <Typography variant="body2">{i.title}</Typography>
              </li>
            ))}
          </Box>
        </ConfirmDialog>
      )}
    </>
  );
}

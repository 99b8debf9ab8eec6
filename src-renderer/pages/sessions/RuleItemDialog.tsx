// Ruling one agenda item, or drafting the panel's objection to it (issue 11). The ruling says what
// it will record (the outcome and the votes) before it is recorded, as the block ruling does; an
// objection takes its clause, grounds, citations and reasoning here, started from what the chair
// drafted or the expert wrote, else from the members' notes. The resolution's text stays in view.
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { objectionInput } from '../../../shared/schemas/ruling';
import { outcomeLabel, type SessionDetail, type SessionItem } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { FormDialog, useDialogForm } from '../../components/FormDialog';
import { ObjectionCells, objectionDefaults, objectionFields } from '../../components/objection/ObjectionCells';
import { ResolutionTextAside } from '../../components/objection/ResolutionTextAside';
import { sessionsMessages as m } from '../../messages/sessions';
import { MembersNotes, membersNotesText } from './MembersNotes';

const withObjection = z.object({ objection: objectionInput });
const without = z.object({});

export interface RuleItemDialogProps {
  detail: SessionDetail;
  item: SessionItem;
  /** 'rule': the secretary records the ruling; 'draft': the chair (or secretary) saves the objection */
  mode: 'rule' | 'draft';
  onClose: () => void;
  onDone: (d: SessionDetail) => void;
}

export function RuleItemDialog({ detail, item, mode, onClose, onDone }: RuleItemDialogProps) {
  const objected = mode === 'draft' || item.decision === 'objected';
  const resolution = useCall('resolutions.get', { id: item.resolutionId });
  const catalog = useCall('references.list', { includeInactive: true }, 'catalog');
  const start = item.objection ?? { reasoning: membersNotesText(detail, item) };
  const { form, frame } = useDialogForm({
    schema: objected ? withObjection : without,
    defaults: { objection: objectionDefaults(start) } as never,
    fields: objectionFields('objection'),
    run: (v) => {
      const objection = objected ? (v as unknown as z.output<typeof withObjection>).objection : undefined;
      return mode === 'draft'
        ? call('sessions.saveObjection', { itemId: item.id, objection: objection! })
        : call('sessions.ruleItem', { id: detail.session.id, itemId: item.id, objection });
    },
    success: mode === 'draft' ? m.draftSaved : m.ruleDone,
    onDone: (_, d) => onDone(d),
  });
  const t = item.tally;
  const votes = m.tallyLine(t.conflict + t.partial, t.noConflict + t.systemNoConflict, t.systemNoConflict, t.missing);
  const r = resolution.data;
  return (
    <FormDialog
      title={mode === 'draft' ? m.draftTitle(item.title) : m.ruleTitle(item.title)}
      testId="rule-item-dialog"
      submitTestId="rule-item-confirm"
      submitLabel={mode === 'draft' ? m.draftSave : m.ruleConfirm}
      onClose={onClose}
      {...frame}
      maxWidth={objected ? 'lg' : 'sm'}
      guarded={objected}
      notice={
        mode === 'rule' && (
          <Alert severity={item.decision === 'objected' ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="rule-summary">
            <Typography sx={{ fontWeight: 700 }}>{m.ruleWillRecord(outcomeLabel(item.decision))}</Typography>
            <Typography variant="body2">{m.ruleVotes(votes)}</Typography>
            <Typography variant="body2">{m.ruleIrreversible}</Typography>
          </Alert>
        )
      }
      intro={
        objected &&
        (item.objection
          ? m.objectionFrom[item.objection.source](item.objection.recordedByName)
          : mode === 'draft'
            ? m.draftIntro
            : m.ruleObjectionIntro)
      }
      aside={
        objected && (
          <Box sx={{ display: 'grid', gap: 2 }}>
            <MembersNotes detail={detail} item={item} />
            {r && (
              <ResolutionTextAside
                title={r.title}
                council={r.councilDisplayName}
                number={r.councilResolutionNumber}
                text={r.text}
              />
            )}
          </Box>
        )
      }
    >
      {objected ? (
        <ObjectionCells form={form} prefix="objection" catalog={catalog.data ?? []} autoFocus />
      ) : (
        <Box sx={{ gridColumn: 'span 2' }} />
      )}
    </FormDialog>
  );
}

// The letter templates, one per kind: the admin edits the lines and the formatted body, inserting
// the fields of that kind by their Persian names («[شمارهٔ مصوبه]»); the preview beside it is the
// core's page for the template, filled with sample values and drawn on the letterhead being edited.
import { useEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { LETTER_FIELDS } from '../../../shared/letters/fields';
import type { LetterKind } from '../../../shared/letters/kinds';
import type { Letterhead } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useNotify } from '../../app/Notifier';
import { lettersMessages as m } from '../../messages/letters';
import { BodyEditor, type BodyEditorHandle } from './BodyEditor';
import { FieldChips, TemplateKindPicker } from './TemplateParts';
import { TemplatePreviewPane, useTemplatePreview } from './useTemplatePreview';
import { useFieldsAction } from './useFieldsAction';
import { draftOf, storedOf, TEMPLATE_LINES, type TemplateDraft } from './templateDraft';

const LINES = TEMPLATE_LINES;
const LINE_LABELS: Record<(typeof LINES)[number], string> = {
  recipient: m.recipient,
  subject: m.subject,
  salutation: m.salutation,
  closing: m.closing,
  attachments: m.attachments,
};

export function TemplateEditor({ letterhead }: { letterhead: Letterhead | null }) {
  const notify = useNotify();
  const templates = useCall('letters.templates', {});
  const [kind, setKind] = useState<LetterKind>('objection');
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const { busy, errors, run: act } = useFieldsAction();
  const body = useRef<BodyEditorHandle>(null);

  const template = templates.data?.find((t) => t.kind === kind);
  useEffect(() => {
    if (template) setDraft(draftOf(template));
  }, [template]);
  const fields = useMemo(() => LETTER_FIELDS.filter((f) => !f.kinds || f.kinds.includes(kind)), [kind]);

  const read = draft && template ? storedOf(kind, draft, template) : null;
  const input = read?.ok ? read.template : null;
  const shownErrors = { ...errors, ...(read && !read.ok ? read.errors : {}) };
  const preview = useTemplatePreview(kind, input, letterhead);

  const run = (job: () => Promise<void>) =>
    act(async () => {
      await job();
      templates.reload();
    });

  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '1fr 1fr' }, gap: 2 }}
      data-testid="template-editor"
    >
      <Stack spacing={2}>
        <TemplateKindPicker kind={kind} onKind={setKind} custom={template?.custom} />
        {draft &&
          LINES.map((key) => (
            <TextField
              key={key}
              size="small"
              label={LINE_LABELS[key]}
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
              error={Boolean(shownErrors[key])}
              helperText={shownErrors[key]}
              slotProps={{ htmlInput: { 'data-testid': `template-${key}` } }}
            />
          ))}
        {draft && (
          <>
            <FieldChips fields={fields} onPick={(label) => body.current?.insert(`[${label}]`)} />
            <Box>
              <BodyEditor
                label={m.templateBody}
                value={draft.body}
                onChange={(html) => setDraft((d) => (d ? { ...d, body: html } : d))}
                testId="template-body-editor"
                handle={body}
              />
              <Typography
                variant="caption"
                color={shownErrors.body ? 'error' : 'text.secondary'}
                data-testid="template-body-help"
              >
                {shownErrors.body ?? m.templateBodyHint}
              </Typography>
            </Box>
            <TextField
              size="small"
              label={m.copies}
              helperText={shownErrors.copies ?? m.copiesHint}
              value={draft.copies}
              onChange={(e) => setDraft({ ...draft, copies: e.target.value })}
              error={Boolean(shownErrors.copies)}
              multiline
              minRows={2}
            />
            <Stack direction="row" spacing={1}>
              <Button
                variant="contained"
                disabled={busy || !input}
                data-testid="template-save"
                onClick={() =>
                  run(async () => {
                    await call('letters.updateTemplate', input!);
                    notify(m.templateSaved);
                  })
                }
              >
                {m.templateSave}
              </Button>
              {template?.custom && (
                <Button
                  color="inherit"
                  startIcon={<RestartAlt />}
                  disabled={busy}
                  onClick={() =>
                    run(async () => {
                      await call('letters.resetTemplate', { kind });
                      notify(m.templateResetDone);
                    })
                  }
                >
                  {m.templateReset}
                </Button>
              )}
            </Stack>
          </>
        )}
      </Stack>
      <TemplatePreviewPane html={preview.html} error={preview.error} />
    </Box>
  );
}

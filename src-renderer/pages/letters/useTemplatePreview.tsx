// The template editor's live preview (TemplateEditor.tsx): the core's page for the template as it
// is being edited, filled with sample values on the letterhead being edited, asked for after a pause.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { LetterKind } from '../../../shared/letters/kinds';
import type { Letterhead } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { lettersMessages as m } from '../../messages/letters';
import { LetterPreview } from './LetterPreview';
import type { StoredTemplate } from './templateDraft';

export function useTemplatePreview(kind: LetterKind, input: StoredTemplate | null, letterhead: Letterhead | null) {
  const [previewHtml, setPreviewHtml] = useState<string | undefined>();
  const [previewError, setPreviewError] = useState<string | null>(null);
  const inputKey = JSON.stringify([input, letterhead]);
  useEffect(() => {
    if (!input) return;
    let live = true;
    const timer = setTimeout(() => {
      call('letters.previewTemplate', { kind, template: input, letterhead: letterhead ?? undefined }).then(
        (out) => {
          if (!live) return;
          setPreviewHtml(out.html);
          setPreviewError(null);
        },
        (e: unknown) => live && setPreviewError(errorText(e)),
      );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // inputKey holds everything the preview depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputKey]);
  return { html: previewHtml, error: previewError };
}

export function TemplatePreviewPane({ html, error }: { html: string | undefined; error: string | null }) {
  return (
    <Box>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {m.livePreview}
      </Typography>
      {error && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <LetterPreview html={html} title={m.livePreview} height={760} />
    </Box>
  );
}

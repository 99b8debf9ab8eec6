// One citation written out: law, article, text; removable, and (for whoever keeps the office's
// catalog) added to the office's catalog with one click.
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import BookmarkAddOutlined from '@mui/icons-material/BookmarkAddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCan } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { citationsMessages as m } from '../../messages/citations';
import { rhfText } from '../rhfText';
import { TipButton } from '../TipButton';

export function WrittenCitationRow<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  index: number;
  onRemove: () => void;
}) {
  const form = p.form as UseFormReturn<T>;
  const can = useCan();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const at = (k: 'law' | 'article' | 'text') => `${p.name}.${k}` as Path<T>;
  const save = async () => {
    const v = form.getValues(p.name) as { law: string; article: string; text: string };
    setBusy(true);
    try {
      await call('references.saveOffice', { law: v.law, article: v.article, text: v.text });
      notify(m.savedToOffice);
    } catch (e) {
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr 2fr auto', gap: 1, alignItems: 'flex-start' }}
      data-testid={`citation-${p.index}`}
      data-nav-field=""
    >
      <TextField label={m.law} required {...rhfText(form, at('law'))} />
      <TextField label={m.article} {...rhfText(form, at('article'))} />
      <TextField label={m.text} multiline maxRows={4} {...rhfText(form, at('text'))} />
      <Box sx={{ display: 'flex' }}>
        {can('references.saveOffice') && (
          <TipButton title={m.saveToOffice} onClick={() => void save()} disabled={busy}>
            <BookmarkAddOutlined />
          </TipButton>
        )}
        <TipButton title={m.remove} onClick={p.onRemove}>
          <DeleteOutlined />
        </TipButton>
      </Box>
    </Box>
  );
}

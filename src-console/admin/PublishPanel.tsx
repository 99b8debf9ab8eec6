// Publishing reference data to the offices, in two steps: check (the server validates every record
// with the same schemas the offices use and lists what is new or changed, writing nothing), then
// publish what was checked. A province admin publishes its own province's councils only.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { numFa } from '../../src-renderer/format/fa';
import { api } from '../api';
import type { Me, Published } from '../types';
import { Section } from '../monitor/Section';
import { useBusy } from '../useBusy';
import { a } from './messages';

const KINDS = ['policy', 'holidays', 'references', 'templates', 'councils'] as const;
type Kind = (typeof KINDS)[number];

export function PublishPanel({ me }: { me: Me }) {
  const kinds = me.account.scope === 'ministry' ? KINDS : (['councils'] as const);
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Published | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run, setError } = useBusy();

  const edit = (value: string) => {
    setText(value);
    setPreview(null);
    setDone(null);
  };
  const parsed = (): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(a.publish.badJson);
    }
  };
  const send = (confirm: boolean) =>
    run(async () => {
      const r = await api<Published>('POST', `/console/api/admin/publish/${kind}`, { data: parsed(), confirm });
      if (confirm) {
        setPreview(null);
        setDone(a.publish.done(numFa(r.published)));
      } else setPreview(r);
    });
  const loadCurrent = () =>
    run(async () => {
      const r = await api<{ policy: unknown }>('GET', '/console/api/admin/policy');
      edit(JSON.stringify(r.policy, null, 2));
    });
  const loadFile = async (file: File | undefined) => {
    if (file) edit(await file.text());
  };

  return (
    <Section title={a.publish.title} testId="admin-publish">
      <Stack sx={{ gap: 2 }}>
        {me.account.scope !== 'ministry' && <Alert severity="info">{a.publish.ministryOnly}</Alert>}
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label={a.publish.what}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              edit('');
              setError(null);
            }}
            sx={{ minWidth: 200 }}
            data-testid="publish-kind"
          >
            {kinds.map((k) => (
              <MenuItem key={k} value={k}>
                {a.publish.kinds[k]}
              </MenuItem>
            ))}
          </TextField>
          <Button component="label">
            {a.publish.file}
            <input
              hidden
              type="file"
              accept=".json,application/json"
              onChange={(e) => void loadFile(e.target.files?.[0])}
            />
          </Button>
          {kind === 'policy' && <Button onClick={loadCurrent}>{a.publish.loadCurrent}</Button>}
        </Stack>
        <TextField
          label={a.publish.text}
          value={text}
          onChange={(e) => edit(e.target.value)}
          multiline
          minRows={8}
          maxRows={20}
          slotProps={{
            htmlInput: {
              dir: 'ltr',
              spellCheck: false,
              'data-testid': 'publish-text',
              style: { fontFamily: 'monospace' },
            },
          }}
        />
        {error && <Alert severity="error">{error}</Alert>}
        {done && <Alert severity="success">{done}</Alert>}
        {preview && (
          <Alert severity={preview.changes.length ? 'info' : 'success'} data-testid="publish-preview">
            {preview.changes.length
              ? a.publish.preview(numFa(preview.given), numFa(preview.changes.length))
              : a.publish.nothing}
          </Alert>
        )}
        {preview && preview.changes.length > 0 && (
          <ReportTable
            rows={preview.changes.slice(0, 200)}
            rowKey={(c) => c.id}
            columns={[
              { label: 'شناسه', value: (c) => <span dir="ltr">{c.id}</span> },
              { label: 'نسخه', numeric: true, value: (c) => numFa(c.rev) },
              { label: 'تغییر', value: (c) => (c.kind === 'new' ? a.publish.kindNew : a.publish.kindChanged) },
            ]}
          />
        )}
        <Stack direction="row" sx={{ gap: 1 }}>
          <Button variant="outlined" onClick={() => send(false)} disabled={busy || !text.trim()}>
            {a.publish.check}
          </Button>
          <Button variant="contained" onClick={() => send(true)} disabled={busy || !preview || !preview.changes.length}>
            {a.publish.confirm}
          </Button>
        </Stack>
        {!text && (
          <Typography color="text.secondary" variant="body2">
            {a.publish.file}
          </Typography>
        )}
      </Stack>
    </Section>
  );
}

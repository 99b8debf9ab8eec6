// The offices in the admin's scope with their sync health (last sync, records, refusals, the audit
// anchor), and what an admin does with them: add places and offices, give an enrollment code,
// cut an office's access, read what the server refused.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { instantFa, numFa } from '../../src-renderer/format/fa';
import { api } from '../api';
import type { Me, OfficeHealth, Places } from '../types';
import { Section } from '../monitor/Section';
import { useLoad } from '../monitor/useLoad';
import { CodeDialog } from './CodeDialog';
import { useBusy } from '../useBusy';
import { a } from './messages';
import { PlaceDialog, type PlaceKind } from './PlaceDialogs';
import { RefusedDialog } from './RefusedDialog';

const lastSync = (o: OfficeHealth) => [o.lastPushAt, o.lastPullAt].filter(Boolean).sort().at(-1) ?? null;

export function OfficesPanel({ me }: { me: Me }) {
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const { data, error, loading } = useLoad<{ offices: OfficeHealth[] }>('/console/api/admin/offices', version);
  const places = useLoad<Places>('/console/api/admin/places', version).data;
  const [adding, setAdding] = useState<PlaceKind | null>(null);
  const [coding, setCoding] = useState<OfficeHealth | null>(null);
  const [reading, setReading] = useState<OfficeHealth | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const revoke = useBusy();
  const scope = me.account.scope;

  const cut = (o: OfficeHealth) => {
    if (!window.confirm(a.offices.revokeConfirm(o.name))) return;
    void revoke.run(async () => {
      const r = await api<{ revoked: number }>(
        'POST',
        `/console/api/admin/offices/${encodeURIComponent(o.code)}/revoke`,
      );
      setNotice(a.offices.revoked(numFa(r.revoked)));
      reload();
    });
  };

  const actions = (
    <Stack direction="row" sx={{ gap: 1 }}>
      {scope === 'ministry' && <Button onClick={() => setAdding('province')}>{a.offices.addProvince}</Button>}
      {scope !== 'county' && <Button onClick={() => setAdding('county')}>{a.offices.addCounty}</Button>}
      <Button variant="contained" onClick={() => setAdding('office')} data-testid="add-office">
        {a.offices.addOffice}
      </Button>
    </Stack>
  );

  return (
    <Section title={a.offices.title} actions={actions} testId="admin-offices">
      {loading && <LinearProgress />}
      {(error || revoke.error) && <Alert severity="error">{error ?? revoke.error}</Alert>}
      {notice && (
        <Alert severity="success" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {data && data.offices.length === 0 && <Typography color="text.secondary">{a.offices.none}</Typography>}
      {data && data.offices.length > 0 && (
        <ReportTable
          rows={data.offices}
          rowKey={(o) => o.code}
          testId="offices-table"
          columns={[
            { label: a.offices.code, value: (o) => <span dir="ltr">{o.code}</span> },
            { label: a.offices.name, value: (o) => o.name },
            { label: a.offices.place, value: (o) => `${o.province} / ${o.county}` },
            {
              label: a.offices.enrolled,
              value: (o) =>
                o.enrolledAt ? instantFa(o.enrolledAt) : <Chip size="small" label={a.offices.notEnrolled} />,
            },
            { label: a.offices.lastSync, value: (o) => instantFa(lastSync(o)) || '—' },
            {
              label: a.offices.appVersion,
              value: (o) => (o.appVersion ? <bdi dir="ltr">{o.appVersion}</bdi> : '—'),
            },
            { label: a.offices.records, numeric: true, value: (o) => numFa(o.records) },
            {
              label: a.offices.refused,
              numeric: true,
              value: (o) => (o.refused ? <Chip size="small" color="warning" label={numFa(o.refused)} /> : numFa(0)),
            },
            {
              label: a.offices.audit,
              value: (o) =>
                o.auditFlagged ? (
                  <Chip size="small" color="error" label={a.offices.flagged} title={o.auditFlagged} />
                ) : o.auditCount === null ? (
                  '—'
                ) : (
                  numFa(o.auditCount)
                ),
            },
            {
              label: a.offices.actions,
              value: (o) => (
                <Stack direction="row" sx={{ gap: 0.5 }}>
                  <Button size="small" onClick={() => setCoding(o)} data-testid={`code-${o.code}`}>
                    {a.offices.issueCode}
                  </Button>
                  <Button size="small" onClick={() => setReading(o)}>
                    {a.offices.showRefused}
                  </Button>
                  {o.enrolledAt && (
                    <Button size="small" color="error" onClick={() => cut(o)} disabled={revoke.busy}>
                      {a.offices.revoke}
                    </Button>
                  )}
                </Stack>
              ),
            },
          ]}
        />
      )}
      <PlaceDialog
        kind={adding}
        places={places}
        onClose={() => setAdding(null)}
        onDone={() => {
          setAdding(null);
          reload();
        }}
      />
      <CodeDialog
        office={coding}
        onClose={() => {
          setCoding(null);
          reload();
        }}
      />
      <RefusedDialog office={reading} onClose={() => setReading(null)} />
    </Section>
  );
}

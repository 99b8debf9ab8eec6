// What a verified letter says, as text (the office's markup is never rendered here).
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { dateFa } from '../../src-renderer/format/fa';
import type { VerifyAnswer } from '../types';

export function LetterView({ letter }: { letter: NonNullable<VerifyAnswer['letter']> }) {
  return (
    <Paper sx={{ p: 3, display: 'grid', gap: 1 }} data-testid="verified-letter">
      <Typography>شماره: {letter.number}</Typography>
      <Typography>تاریخ: {dateFa(letter.date)}</Typography>
      <Typography sx={{ fontWeight: 700 }}>{letter.recipient}</Typography>
      <Typography>موضوع: {letter.subject}</Typography>
      <Typography>{letter.salutation}</Typography>
      {letter.body.map((p, i) => (
        <Typography key={i} sx={{ textAlign: 'justify' }}>
          {p}
        </Typography>
      ))}
      <Typography>{letter.closing}</Typography>
      <Typography sx={{ fontWeight: 700, textAlign: 'left' }}>
        {letter.signatoryName}
        <br />
        {letter.signatoryTitle}
      </Typography>
      {letter.voidReason && <Typography color="error">علت ابطال: {letter.voidReason}</Typography>}
    </Paper>
  );
}

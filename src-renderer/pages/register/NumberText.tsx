// A register number (۱۴۰۵/۲۲۰۰, ۱۲۳/۴۵/الف) in Persian digits that may break onto a second line
// only after a separator, never inside a number (issue 11: no number cut mid-number).
import { Fragment } from 'react';
import Typography from '@mui/material/Typography';
import { toFa } from '../../format/fa';

export function NumberText({ value }: { value: string }) {
  const parts = toFa(value).split(/(?<=[/-])/);
  return (
    <Typography
      variant="body2"
      component="span"
      data-testid="register-number"
      sx={{ whiteSpace: 'normal', overflowWrap: 'normal', wordBreak: 'keep-all', lineHeight: 1.3 }}
    >
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </Typography>
  );
}

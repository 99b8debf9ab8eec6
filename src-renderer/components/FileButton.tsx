// A button that opens the system's file chooser (a label around a hidden file input, so the input
// stays the real control that tests and assistive tools reach) and hands over the file picked.
import type { ReactNode } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';

type Props = Omit<ButtonProps<'label'>, 'component' | 'onChange'> & {
  /** what the chooser offers, e.g. `application/pdf` or `.p12,.pfx` */
  accept: string;
  testId: string;
  onPick: (file: File | null) => void;
  children: ReactNode;
};

export function FileButton({ accept, testId, onPick, children, ...button }: Props) {
  return (
    <Button component="label" variant="outlined" {...button}>
      {children}
      <input
        hidden
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => onPick(e.target.files?.[0] ?? null)}
      />
    </Button>
  );
}

// An icon button named by its tooltip: the tooltip's text is also its accessible name (so the two
// cannot differ), and a disabled button still shows its tooltip (MUI's tooltip needs an element
// around a disabled button to hear the pointer).
import type { ReactNode } from 'react';
import IconButton, { type IconButtonProps } from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';

type Props = Omit<IconButtonProps, 'title' | 'aria-label'> & { title: string; testId?: string; children: ReactNode };

export function TipButton({ title, testId, children, ...button }: Props) {
  return (
    <Tooltip title={title}>
      <span>
        <IconButton aria-label={title} data-testid={testId} {...button}>
          {children}
        </IconButton>
      </span>
    </Tooltip>
  );
}

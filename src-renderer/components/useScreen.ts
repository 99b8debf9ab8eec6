// The app's two screen questions, asked of the theme's breakpoints so every part answers alike:
// is the side menu beside the page (desktop, from 900 px), and is this a phone (below 600 px).
// Read at once (noSsr), so the desktop never paints a phone's layout first.
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';

export const useWideScreen = () => useMediaQuery((t: Theme) => t.breakpoints.up('md'), { noSsr: true });

export const usePhoneScreen = () => useMediaQuery((t: Theme) => t.breakpoints.down('sm'), { noSsr: true });

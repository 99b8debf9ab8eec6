// The one MUI theme: right-to-left, Vazirmatn, Persian component texts with Persian digits.
import type {} from '@mui/x-data-grid/themeAugmentation';
import { createTheme } from '@mui/material/styles';
import { faIR as coreFaIR } from '@mui/material/locale';
import { faIR as gridFaIR } from '@mui/x-data-grid/locales';
import { faIR as pickersFaIR } from '@mui/x-date-pickers/locales';
import { gridLocaleOverrides } from './localeOverrides';
import { numFa } from '../format/fa';

// Persian digits for any digit shown (see main.tsx); left-to-right fields keep Latin ones (global.css)
const FONT = ['"Vazirmatn FD"', 'Vazirmatn', 'Tahoma', 'sans-serif'].join(',');

const base = createTheme({
  direction: 'rtl',
  palette: {
    mode: 'light',
    primary: { main: '#1f5f8b', dark: '#15445f', light: '#4f86ad', contrastText: '#ffffff' },
    secondary: { main: '#2e7d5b' },
    background: { default: '#f3f5f8', paper: '#ffffff' },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: FONT,
    button: { fontWeight: 600, textTransform: 'none' },
    h5: { fontWeight: 700 },
    h6: { fontWeight: 700 },
    subtitle1: { fontWeight: 600 },
  },
});

// Phones and tablets (below the desktop width, where the side menu turns into a drawer) are touched,
// not clicked: anything pressed is at least 44 px tall there. The desktop keeps its dense sizes.
const TOUCH = base.breakpoints.down('md');
const touchTarget = { [TOUCH]: { minHeight: 44 } };

// On a phone every dialog takes the whole screen: one rule for all of them, none left half-shown.
const PHONE = base.breakpoints.down('sm');
const phoneDialog = {
  [PHONE]: { margin: 0, width: '100%', maxWidth: '100%', height: '100%', maxHeight: 'none', borderRadius: 0 },
};

export const theme = createTheme(
  base,
  coreFaIR,
  gridFaIR,
  pickersFaIR,
  // last, so they win over the locales above
  {
    components: {
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: touchTarget } },
      MuiIconButton: { styleOverrides: { root: { [TOUCH]: { minWidth: 44, minHeight: 44 } } } },
      MuiToggleButton: { styleOverrides: { root: touchTarget } },
      MuiListItemButton: { styleOverrides: { root: touchTarget } },
      MuiTab: { styleOverrides: { root: touchTarget } },
      // tabs wider than a phone scroll under the finger rather than being cut off
      MuiTabs: { defaultProps: { variant: 'scrollable', scrollButtons: false } },
      MuiDialog: { styleOverrides: { paper: phoneDialog } },
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiFormControl: { defaultProps: { size: 'small' } },
      MuiAutocomplete: { defaultProps: { size: 'small' } },
      MuiTablePagination: {
        defaultProps: {
          labelDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) =>
            `${numFa(from)}–${numFa(to)} از ${count !== -1 ? numFa(count) : `بیش از ${numFa(to)}`}`,
        },
      },
      MuiDataGrid: {
        defaultProps: {
          localeText: { ...gridFaIR.components.MuiDataGrid.defaultProps.localeText, ...gridLocaleOverrides },
        },
        styleOverrides: {
          root: { backgroundColor: base.palette.background.paper, border: 'none' },
          columnHeaderTitle: { fontWeight: 700 },
        },
      },
    },
  },
);

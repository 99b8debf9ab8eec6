// Everything the screens stand on: RTL styles, the theme, Jalali pickers with Persian digits.
import type { ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { rtlCache } from './rtlCache';
import { theme } from './theme';
import { PersianDigitsJalaliAdapter } from './PersianDigitsJalaliAdapter';
import { pickersLocaleOverrides } from './localeOverrides';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <CacheProvider value={rtlCache}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <LocalizationProvider dateAdapter={PersianDigitsJalaliAdapter} localeText={pickersLocaleOverrides}>
          {children}
        </LocalizationProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}

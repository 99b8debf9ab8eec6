// The sign-in form (loginInput → auth.login). The core's refusals are already Persian: a wrong
// username or password, an account locked until a Jalali time, too many attempts from this computer.
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LoginOutlined from '@mui/icons-material/LoginOutlined';
import { loginInput, type CurrentUser } from '../../../shared/schemas/user';
import { ApiError, call } from '../../api/client';
import { applyServerErrors } from '../../components/serverErrors';
import { rhfText } from '../../components/rhfText';
import { RevealPassword } from '../../components/RevealPassword';
import { loginMessages as m } from '../../messages/login';

type LoginValues = z.input<typeof loginInput>;
const FIELDS = ['username', 'password'] as const;
const PERSIAN_LETTERS = /[\u0600-\u06FF]/;

export function LoginForm({
  initialUsername = '',
  onSignedIn,
}: {
  initialUsername?: string;
  onSignedIn: (user: CurrentUser) => void;
}) {
  const form = useForm<LoginValues, unknown, z.output<typeof loginInput>>({
    resolver: zodResolver(loginInput),
    defaultValues: { username: initialUsername, password: '' },
    mode: 'onSubmit',
  });
  const passwordRef = useRef<HTMLInputElement | null>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const [username, password] = useWatch({ control: form.control, name: ['username', 'password'] });
  const persianKeyboard = PERSIAN_LETTERS.test(username ?? '') || PERSIAN_LETTERS.test(password ?? '');
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setTopError(null);
    try {
      onSignedIn(await call('auth.login', values));
    } catch (err) {
      setTopError(applyServerErrors(err, form.setError, FIELDS));
      // a wrong password is typed again from scratch; a lock or a throttle leaves the form as it is
      if (err instanceof ApiError && err.code === 'unauthenticated') {
        form.setValue('password', '');
        passwordRef.current?.focus();
      }
    }
  });

  // typing again starts a new attempt: the last refusal no longer applies to what is on screen
  const newAttempt = <F extends { onChange: (e: { target: unknown }) => unknown }>(field: F): F => ({
    ...field,
    onChange: (e: { target: unknown }) => {
      setTopError(null);
      return field.onChange(e);
    },
  });
  const usernameField = newAttempt(rhfText(form, 'username'));
  const { inputRef: passwordInputRef, ...passwordField } = newAttempt(rhfText(form, 'password'));
  const caps = (e: React.KeyboardEvent) => setCapsLock(e.getModifierState('CapsLock'));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        setTopError(null);
        void submit(e);
      }}
      data-testid="login-form"
    >
      {topError && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="login-error">
          {topError}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <TextField
          label={m.username}
          autoFocus={!initialUsername}
          autoComplete="username"
          {...usernameField}
          slotProps={{ htmlInput: { ...usernameField.slotProps.htmlInput, dir: 'ltr', spellCheck: false } }}
          onKeyDown={(e) => {
            // Enter on the username goes on to the password while it is still empty
            if (e.key === 'Enter' && !form.getValues('password')) {
              e.preventDefault();
              passwordRef.current?.focus();
            }
          }}
        />
        <TextField
          label={m.password}
          type={shown ? 'text' : 'password'}
          autoFocus={Boolean(initialUsername)}
          autoComplete="current-password"
          {...passwordField}
          inputRef={(el: HTMLInputElement | null) => {
            passwordRef.current = el;
            passwordInputRef(el);
          }}
          onKeyDown={caps}
          onKeyUp={caps}
          helperText={passwordField.helperText ?? (capsLock ? m.capsLock : undefined)}
          slotProps={{
            htmlInput: { ...passwordField.slotProps.htmlInput, dir: 'ltr' },
            input: {
              endAdornment: <RevealPassword shown={shown} onToggle={() => setShown((s) => !s)} />,
            },
          }}
        />
        {persianKeyboard && (
          <Alert severity="warning" data-testid="login-persian-keyboard">
            {m.persianKeyboard}
          </Alert>
        )}
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={isSubmitting}
          data-testid="login-submit"
          startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : <LoginOutlined />}
        >
          {isSubmitting ? m.signingIn : m.submit}
        </Button>
        <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center' }}>
          {m.forgot}
        </Typography>
      </Box>
    </form>
  );
}

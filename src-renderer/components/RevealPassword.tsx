// The eye at the end of a password field: shows what was typed, and hides it again.
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { common } from '../messages/common';

export function RevealPassword({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  return (
    <InputAdornment position="end">
      {/* out of the tab order: Tab goes from the password to the next field */}
      <IconButton
        tabIndex={-1}
        edge="end"
        aria-label={shown ? common.hidePassword : common.showPassword}
        onClick={onToggle}
      >
        {shown ? <VisibilityOff /> : <Visibility />}
      </IconButton>
    </InputAdornment>
  );
}

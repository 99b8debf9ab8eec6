// The outgoing register's header buttons (LettersPage.tsx): verify a letter, the settings, the
// batch, and a new letter, each for whoever may.
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import AddOutlined from '@mui/icons-material/AddOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import QrCode2 from '@mui/icons-material/QrCode2';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import { useCan } from '../../app/AppInfoContext';
import { lettersMessages as m } from '../../messages/letters';

export function LettersHeaderActions(p: { onVerify: () => void; onBatch: () => void; onNew: () => void }) {
  const { onVerify, onBatch, onNew } = p;
  const navigate = useNavigate();
  const can = useCan();
  return (
    <>
      <Button startIcon={<QrCode2 />} onClick={onVerify} data-testid="verify-button">
        {m.verify}
      </Button>
      {can('letters.updateSettings') && (
        <Button startIcon={<SettingsOutlined />} onClick={() => navigate('/letters/settings')}>
          {m.settings}
        </Button>
      )}
      {can('letters.print') && (
        <Button variant="outlined" startIcon={<PrintOutlined />} onClick={onBatch} data-testid="batch-button">
          {m.batch}
        </Button>
      )}
      {can('letters.createDraft') && (
        <Button variant="contained" startIcon={<AddOutlined />} onClick={onNew} data-testid="new-letter-button">
          {m.newLetter}
        </Button>
      )}
    </>
  );
}

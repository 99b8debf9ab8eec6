import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import { EmptyState } from '../components/EmptyState';
import { common } from '../messages/common';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <EmptyState
      testId="not-found"
      icon={<FindInPageOutlined />}
      title={common.notFoundTitle}
      body={common.notFoundBody}
      action={
        <Button variant="contained" onClick={() => navigate('/register')}>
          {common.goHome}
        </Button>
      }
    />
  );
}

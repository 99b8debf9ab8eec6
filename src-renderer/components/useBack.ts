// Back to where the user came from (keeping the register's view), or to `fallback` when this
// page was the first one opened.
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function useBack(fallback = '/') {
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(() => {
    if (location.key === 'default') navigate(fallback);
    else navigate(-1);
  }, [location.key, navigate, fallback]);
}

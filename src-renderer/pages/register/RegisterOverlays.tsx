// What the register's grid shows when the page has no rows: an empty register or no match.
import Button from '@mui/material/Button';
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import SearchOff from '@mui/icons-material/SearchOff';
import FilterAltOff from '@mui/icons-material/FilterAltOff';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import { EmptyState } from '../../components/EmptyState';
import { registerMessages as m } from '../../messages/register';

declare module '@mui/x-data-grid' {
  interface NoRowsOverlayPropsOverrides {
    filtered?: boolean;
    onNew?: () => void;
    onClearFilters?: () => void;
  }
}

export function RegisterNoRows({
  filtered,
  onNew,
  onClearFilters,
}: {
  filtered?: boolean;
  onNew?: () => void;
  onClearFilters?: () => void;
}) {
  if (filtered) {
    return (
      <EmptyState
        testId="register-no-results"
        icon={<SearchOff />}
        title={m.noResultsTitle}
        body={m.noResultsBody}
        action={
          <Button variant="outlined" startIcon={<FilterAltOff />} onClick={onClearFilters}>
            {m.clearFilters}
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      testId="register-empty"
      icon={<InboxOutlined />}
      title={m.emptyTitle}
      body={m.emptyBody}
      action={
        onNew && (
          <Button variant="contained" startIcon={<PostAddOutlined />} onClick={onNew} data-testid="register-empty-new">
            {m.emptyAction}
          </Button>
        )
      }
    />
  );
}

// On a phone the findings grid becomes one card per agenda item, read top to bottom: the
// resolution, each member's finding on a line (the signed-in member votes on theirs), the result.
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import StarOutlined from '@mui/icons-material/StarOutlined';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { ItemHeading, ItemResult, MemberFinding, type FindingsRowProps } from './FindingsRow';

export function FindingsCards(p: Omit<FindingsRowProps, 'item' | 'index'>) {
  const { members, items } = p.detail;
  return (
    <Box data-testid="findings-cards" sx={{ display: 'grid', gap: 1.5 }}>
      {items.map((item, index) => (
        <Paper key={item.id} variant="outlined" sx={{ p: 1.5 }} data-testid={`item-${item.id}`} data-state={item.state}>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Typography sx={{ fontWeight: 700, color: 'text.secondary' }}>{toFa(index + 1)}</Typography>
            <Box sx={{ minWidth: 0 }}>
              <ItemHeading item={item} />
            </Box>
          </Box>
          <Divider sx={{ my: 1 }} />
          {members.map((u) => (
            <Box
              key={u.id}
              sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, py: 0.5 }}
            >
              <Typography variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                {u.isChair && <StarOutlined fontSize="inherit" color="warning" titleAccess={m.chair} />}
                {u.fullName}
              </Typography>
              <MemberFinding {...p} item={item} index={index} memberId={u.id} />
            </Box>
          ))}
          <Divider sx={{ my: 1 }} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="body2" color="text.secondary">
              {m.decision}
            </Typography>
            <ItemResult {...p} item={item} index={index} />
          </Box>
        </Paper>
      ))}
    </Box>
  );
}

// Which agenda items wait for a member's finding: the member's desk and their workspace list the
// same ones, so the rule is written once. Bind the member's id twice.

/**
 * The FROM, WHERE and ORDER BY of the items of sessions still to be held on which the member has
 * not voted and still may (not where attendance records them absent); `s` is the session, `i` the
 * item, `r` its resolution and `c` the council.
 */
export const WAITING_ITEMS = `FROM panel_session s JOIN session_item i ON i.session_id = s.id
    JOIN resolution r ON r.id = i.resolution_id JOIN council c ON c.id = r.council_id
  WHERE s.status = 'scheduled' AND i.state = 'pending'
    AND NOT EXISTS (SELECT 1 FROM session_finding f WHERE f.item_id = i.id AND f.member_id = ?)
    AND (s.attendance_recorded_at IS NULL OR EXISTS (SELECT 1 FROM session_attendance a
      WHERE a.session_id = s.id AND a.member_id = ? AND a.present = 1))
  ORDER BY s.date, s.time, i.position`;

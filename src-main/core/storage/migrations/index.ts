import { Init1763856000001 } from './0001-init';
import { Audit1763856000002 } from './0002-audit';
import { Users1763856000003 } from './0003-users';
import { Review1763856000004 } from './0004-review';
import { Sessions1763856000005 } from './0005-sessions';
import { Letters1763856000006 } from './0006-letters';
import { Sync1763856000007 } from './0007-sync';
import { Legal1763856000008 } from './0008-legal';
import { SyncTrust1796200000009 } from './0009-synctrust';
import { RegisterSortKeys1796225102897 } from './0009-register-sort-keys';
import { ReportDates1796240000010 } from './0010-report-dates';
import { Financial1796240000011 } from './0011-financial';
import { PrivateNotes1796300000012 } from './0012-private-notes';
import { Contacts1796300000013 } from './0013-contacts';
import { Conversations1796300000014 } from './0014-conversations';
import { SessionOrigin1796400000016 } from './0016-session-origin';
import { Complaints1796500000017 } from './0017-complaints';
import { CouncilInbox1796500000018 } from './0018-council-inbox';
import { ReportIndexes1796500000019 } from './0019-report-indexes';
import { CouncilPortalLetters1796500000020 } from './0020-council-portal-letters';
import { ReportFindings1796500000021 } from './0021-report-findings';

/** In order. The schema version of a database is the count of these it has run. */
export const MIGRATIONS = [
  Init1763856000001,
  Audit1763856000002,
  Users1763856000003,
  Review1763856000004,
  Sessions1763856000005,
  Letters1763856000006,
  Sync1763856000007,
  Legal1763856000008,
  SyncTrust1796200000009,
  RegisterSortKeys1796225102897,
  ReportDates1796240000010,
  Financial1796240000011,
  PrivateNotes1796300000012,
  Contacts1796300000013,
  Conversations1796300000014,
  SessionOrigin1796400000016,
  Complaints1796500000017,
  CouncilInbox1796500000018,
  ReportIndexes1796500000019,
  CouncilPortalLetters1796500000020,
  ReportFindings1796500000021,
];
export const SCHEMA_VERSION = MIGRATIONS.length;

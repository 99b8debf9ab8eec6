import { Init1763856000001 } from './0001-init';
import { Audit1763856000002 } from './0002-audit';

/** In order. The schema version of a database is the count of these it has run. */
export const MIGRATIONS = [Init1763856000001, Audit1763856000002];
export const SCHEMA_VERSION = MIGRATIONS.length;

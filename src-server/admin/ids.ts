// UUIDv7 ids for the ministry's own records (provinces, counties, offices), like the offices' ids.
import { v7 } from 'uuid';

export const newId = (): string => v7();

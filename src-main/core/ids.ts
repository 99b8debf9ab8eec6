// UUIDv7: made where the record is born, ordered by time, unique across every office.
import { v7 } from 'uuid';

export const newId = (): string => v7();

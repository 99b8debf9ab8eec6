// The public complaint form's API (no account; counted per address in the database).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { complaintInput, trackInput, COMPLAINT_FILE_MAX } from '../../shared/complaints/input';
import { HttpError } from '../http/errors';
import type { ServerDb } from '../db/database';
import { fileComplaint, trackComplaint } from './complaints';
import { complaintPlaces, officeCouncils } from './complaintPlaces';

/** The body parsed, or a 400 whose message is the first problem's Persian text as it is. */
function parsed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new HttpError(400, 'invalid', i.code === 'unrecognized_keys' ? 'درخواست نامعتبر است.' : i.message);
}

const councilsQuery = z.strictObject({ office: z.string().min(1).max(64) });

export function registerComplaintRoutes(app: FastifyInstance, ctx: { db: ServerDb; now: () => string }) {
  const { db, now } = ctx;
  app.get('/public/api/complaints/places', async () => complaintPlaces(db));
  app.get('/public/api/complaints/councils', async (req) =>
    officeCouncils(db, parsed(councilsQuery, req.query).office),
  );
  // the file travels as base64 in the JSON: 4/3 of its size, and room for the text
  app.post('/public/api/complaints', { bodyLimit: Math.ceil((COMPLAINT_FILE_MAX * 4) / 3) + 64 * 1024 }, async (req) =>
    fileComplaint(db, parsed(complaintInput, req.body), req.ip, now()),
  );
  app.post('/public/api/complaints/track', async (req) =>
    trackComplaint(db, parsed(trackInput, req.body).code, req.ip, now()),
  );
}

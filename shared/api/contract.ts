// The one API between the UI and the core. Each method has an input schema (validated at the
// transport boundary) and an output schema. Transports (Electron IPC, HTTP) only carry calls.
import { z } from 'zod';
import type { ApiErrorBody } from './errors';
import { office, officeSetupInput } from '../schemas/office';
import {
  council,
  councilImportInput,
  councilImportResult,
  councilInput,
  councilListInput,
  councilUpdateInput,
} from '../schemas/council';
import { attachmentContent, attachmentReadInput, attachmentUploadInput, blobInfo } from '../schemas/attachment';
import {
  byId,
  resolution,
  resolutionListInput,
  resolutionPage,
  resolutionRegisterInput,
  resolutionUpdateInput,
} from '../schemas/resolution';

const empty = z.object({}).strict();

export const appInfo = z.object({
  version: z.string(),
  mode: z.enum(['desktop', 'browser']),
  office: office.nullable(),
  today: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  'app.info': method(empty, appInfo),
  'office.setup': method(officeSetupInput, office),
  'councils.list': method(councilListInput, z.array(council)),
  'councils.create': method(councilInput, council),
  'councils.update': method(councilUpdateInput, council),
  'councils.import': method(councilImportInput, councilImportResult),
  'attachments.upload': method(attachmentUploadInput, blobInfo),
  'attachments.read': method(attachmentReadInput, attachmentContent),
  'resolutions.register': method(resolutionRegisterInput, resolution),
  'resolutions.update': method(resolutionUpdateInput, resolution),
  'resolutions.get': method(byId, resolution),
  'resolutions.list': method(resolutionListInput, resolutionPage),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as Method[];

/** What a caller passes (before defaults and normalization). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The envelope both transports return. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

// The one API between the UI and the core. Each method has an input schema (validated at the
// transport boundary) and an output schema. Transports (Electron IPC, HTTP) only carry calls.
import { z } from 'zod';
import type { ApiErrorBody } from './errors';
import { office, officeSetupInput } from '../schemas/office';
import { currentUser } from '../schemas/user';
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
  registrationCorrectionInput,
  registrationCorrectionResult,
  resolution,
  resolutionListInput,
  resolutionPage,
  resolutionRegisterInput,
  resolutionUpdateInput,
} from '../schemas/resolution';

import { method, REFERENCE_KEEPERS, SECRETARIAT } from './method';
import { authMethods } from './methods/auth';
import { reviewMethods } from './methods/review';
import { rulingMethods } from './methods/rulings';
import { sessionMethods } from './methods/sessions';
import { deskMethods } from './methods/desk';
import { letterMethods } from './methods/letters';
import { syncMethods } from './methods/sync';
import { backupMethods } from './methods/backup';
import { reportMethods } from './methods/reports';
import { noteMethods } from './methods/notes';
import { councilInboxMethods } from './methods/councilInbox';
import { workspaceMethods } from './methods/workspace';
import { packMethods } from './methods/packs';
import { contactMethods } from './methods/contacts';
import { lanMethods } from './methods/lan';
import { conversationMethods } from './methods/conversations';
import { complaintMethods } from './methods/complaints';

const empty = z.object({}).strict();

export const appInfo = z.object({
  version: z.string(),
  /** who is signed in on this window (null: the sign-in screen) */
  user: currentUser.nullable(),
  mode: z.enum(['desktop', 'browser']),
  office: office.nullable(),
  today: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;

const registerMethods = {
  'app.info': method(empty, appInfo, 'public'),
  // public only until an office exists: the core refuses a second setup
  'office.setup': method(officeSetupInput, office, 'public'),
  'councils.list': method(councilListInput, z.array(council), 'signedIn'),
  'councils.create': method(councilInput, council, REFERENCE_KEEPERS),
  'councils.update': method(councilUpdateInput, council, REFERENCE_KEEPERS),
  'councils.import': method(councilImportInput, councilImportResult, REFERENCE_KEEPERS),
  'attachments.upload': method(attachmentUploadInput, blobInfo, SECRETARIAT),
  'attachments.read': method(attachmentReadInput, attachmentContent, 'signedIn'),
  'resolutions.register': method(resolutionRegisterInput, resolution, SECRETARIAT),
  'resolutions.update': method(resolutionUpdateInput, resolution, SECRETARIAT),
  /** the registration fields at any stage, with a reason (issue 11) */
  'resolutions.correct': method(registrationCorrectionInput, registrationCorrectionResult, SECRETARIAT),
  'resolutions.get': method(byId, resolution, 'signedIn'),
  'resolutions.list': method(resolutionListInput, resolutionPage, 'signedIn'),
} as const;

// Each capability keeps its methods in shared/api/methods/<capability>.ts.
export const contract = {
  ...registerMethods,
  ...authMethods,
  ...reviewMethods,
  ...rulingMethods,
  ...sessionMethods,
  ...deskMethods,
  ...letterMethods,
  ...syncMethods,
  ...backupMethods,
  ...reportMethods,
  ...noteMethods,
  ...councilInboxMethods,
  ...workspaceMethods,
  ...packMethods,
  ...contactMethods,
  ...lanMethods,
  ...conversationMethods,
  ...complaintMethods,
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

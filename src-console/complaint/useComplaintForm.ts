// The complaint form's state: the fields as typed, their Persian errors (the shared schema's, the
// same the server checks with), the attachment read in the browser, and sending.
import { useState } from 'react';
import { complaintInput, COMPLAINT_FILE_MAX, COMPLAINT_MESSAGES, sniffFile } from '../../shared/complaints/input';
import { api } from '../api';

export const EMPTY = {
  province: '',
  county: '',
  officeId: '',
  councilId: '',
  councilName: '',
  resolutionNumber: '',
  resolutionDate: '',
  resolutionText: '',
  grounds: '',
  name: '',
  contact: '',
};
export type Fields = typeof EMPTY;
export type FieldName = keyof Fields | 'file';

export interface Attached {
  name: string;
  size: number;
  data: string;
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function useComplaintForm() {
  const [f, setF] = useState<Fields>(EMPTY);
  const [file, setFile] = useState<Attached | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [filed, setFiled] = useState<{ trackingCode: string } | null>(null);

  const set = (patch: Partial<Fields>) => {
    setF((old) => ({ ...old, ...patch }));
    setErrors((old) => {
      const next = { ...old };
      for (const k of Object.keys(patch)) delete next[k as FieldName];
      return next;
    });
  };

  const attach = async (picked: globalThis.File | null) => {
    setErrors((old) => ({ ...old, file: undefined }));
    if (!picked) return setFile(null);
    if (picked.size > COMPLAINT_FILE_MAX) return setErrors((old) => ({ ...old, file: COMPLAINT_MESSAGES.fileSize }));
    const bytes = new Uint8Array(await picked.arrayBuffer());
    if (!sniffFile(bytes)) return setErrors((old) => ({ ...old, file: COMPLAINT_MESSAGES.fileType }));
    setFile({ name: picked.name, size: picked.size, data: base64(bytes) });
  };

  const submit = async () => {
    setFailure(null);
    const { province: _p, county: _c, ...rest } = f;
    const body = { ...rest, file: file ? { name: file.name, data: file.data } : null };
    const checked = complaintInput.safeParse(body);
    if (!checked.success) {
      const next: Partial<Record<FieldName, string>> = {};
      for (const i of checked.error.issues) {
        const k = String(i.path[0] ?? '') as FieldName;
        if (!next[k]) next[k] = i.message;
      }
      setErrors(next);
      return;
    }
    setSending(true);
    try {
      setFiled(await api<{ trackingCode: string }>('POST', '/public/api/complaints', body));
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setSending(false);
    }
  };

  return { f, set, file, attach, errors, failure, sending, filed, submit };
}

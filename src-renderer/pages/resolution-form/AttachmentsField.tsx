// پیوست‌ها: pick PDFs, upload each (attachments.upload), show them as removable chips with sizes.
// The core decides what it accepts; its Persian refusal is shown per file.
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import Cancel from '@mui/icons-material/Cancel';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/schemas/attachment';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { readFileAsBase64 } from '../../api/files';
import { numFa, sizeFa } from '../../format/fa';
import { resolutionFormMessages as m } from '../../messages/resolutionForm';

export interface AttachmentItem {
  sha256: string;
  name: string;
  size: number;
}

export interface AttachmentsFieldProps {
  value: AttachmentItem[];
  onChange: (next: AttachmentItem[]) => void;
  error?: string;
  disabled?: boolean;
}

const tooLarge = (name: string) =>
  `حجم پرونده «${name}» بیش از ${numFa(ATTACHMENT_MAX_BYTES / 1024 / 1024)} مگابایت است.`;

export function AttachmentsField({ value, onChange, error, disabled }: AttachmentsFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<string[]>([]);
  const [failures, setFailures] = useState<string[]>([]);
  // uploads finish one by one; each adds to the latest list, not to the one it started with
  const latest = useRef(value);
  latest.current = value;

  const upload = async (file: File) => {
    if (file.size > ATTACHMENT_MAX_BYTES) throw new Error(tooLarge(file.name));
    const dataBase64 = await readFileAsBase64(file);
    return call('attachments.upload', { name: file.name, dataBase64 });
  };

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setFailures([]);
    for (const file of Array.from(files)) {
      setUploading((u) => [...u, file.name]);
      try {
        const info = await upload(file);
        if (!latest.current.some((a) => a.sha256 === info.sha256)) {
          const next = [...latest.current, { sha256: info.sha256, name: info.name, size: info.size }];
          latest.current = next;
          onChange(next);
        }
      } catch (err) {
        const message = err instanceof Error && !('code' in err) ? err.message : errorText(err);
        setFailures((f) => [...f, message.includes(file.name) ? message : `«${file.name}»: ${message}`]);
      } finally {
        setUploading((u) => u.filter((n) => n !== file.name));
      }
    }
    if (input.current) input.current.value = '';
  };

  return (
    <Box data-testid="attachments-field">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          startIcon={<AttachFile />}
          onClick={() => input.current?.click()}
          disabled={disabled}
          data-testid="attachments-add"
        >
          {m.addAttachment}
        </Button>
        <Typography variant="caption" color={error ? 'error' : 'text.secondary'}>
          {error ?? m.attachmentsHelp}
        </Typography>
        <input
          ref={input}
          type="file"
          hidden
          multiple
          accept="application/pdf,.pdf"
          data-testid="attachments-input"
          onChange={(e) => void onFiles(e.target.files)}
        />
      </Box>
      {uploading.map((name) => (
        <Box key={name} sx={{ mt: 1.5, maxWidth: 420 }} data-testid="attachments-uploading">
          <Typography variant="caption" color="text.secondary">
            {m.uploading(name)}
          </Typography>
          <LinearProgress sx={{ mt: 0.5, borderRadius: 1 }} />
        </Box>
      ))}
      {failures.map((message) => (
        <Alert
          key={message}
          severity="error"
          sx={{ mt: 1.5 }}
          data-testid="attachments-error"
          onClose={() => setFailures((f) => f.filter((x) => x !== message))}
        >
          {message}
        </Alert>
      ))}
      {value.length > 0 && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1.5 }}>
          {value.map((a) => (
            <Chip
              key={a.sha256}
              icon={<PictureAsPdf />}
              label={`${a.name} — ${sizeFa(a.size)}`}
              onDelete={disabled ? undefined : () => onChange(value.filter((x) => x.sha256 !== a.sha256))}
              variant="outlined"
              color="primary"
              data-testid="attachment-chip"
              deleteIcon={<Cancel titleAccess={m.removeAttachment} />}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}

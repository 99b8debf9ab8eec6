// The fields several lifecycle dialogs share: the objection grounds and the dispute board a
// resolution is referred to (citations: components/objection). (The form, the frame and the plain cells:
// components/FormDialog.)
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { OBJECTION_GROUNDS } from '../../../../shared/domain/objectionGrounds';
import {
  DISPUTE_BOARD_LEVELS,
  defaultBoardName,
  type DisputeBoardLevel,
} from '../../../../shared/domain/disputeBoards';
import { Cell, DateCell, SelectCell, TextCell } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';

/** The objection grounds as checkboxes. */
export function GroundsCell<T extends FieldValues>({
  form,
  name,
}: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
}) {
  return (
    <Cell wide>
      <Controller
        control={(form as UseFormReturn<T>).control}
        name={name}
        render={({ field, fieldState }) => {
          const value = (field.value ?? []) as string[];
          return (
            <FormControl error={Boolean(fieldState.error)} component="fieldset" data-testid={`field-${name}`}>
              <FormLabel component="legend" sx={{ fontSize: 14 }}>
                {m.grounds}
              </FormLabel>
              <FormGroup row>
                {OBJECTION_GROUNDS.map((g) => (
                  <FormControlLabel
                    key={g.code}
                    label={g.label}
                    control={
                      <Checkbox
                        size="small"
                        checked={value.includes(g.code)}
                        onChange={(e) =>
                          field.onChange(e.target.checked ? [...value, g.code] : value.filter((x) => x !== g.code))
                        }
                        slotProps={{ input: { 'data-testid': `ground-${g.code}` } as object }}
                      />
                    }
                  />
                ))}
              </FormGroup>
              {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          );
        }}
      />
    </Cell>
  );
}

/** Which board, its name (filled from the council by default), the referral's date and number. */
export function ReferralCells<T extends FieldValues>({
  form,
  prefix,
  council,
}: {
  form: UseFormReturn<T, unknown, unknown>;
  prefix: string;
  council: { county: string; province: string };
}) {
  const f = form as UseFormReturn<T>;
  const at = (name: string) => `${prefix}.${name}` as Path<T>;
  return (
    <>
      <SelectCell
        form={form}
        name={at('boardLevel')}
        label={m.boardLevel}
        options={DISPUTE_BOARD_LEVELS}
        onPicked={(level) =>
          f.setValue(at('boardName'), defaultBoardName(level as DisputeBoardLevel, council) as never, {
            shouldValidate: true,
          })
        }
      />
      <TextCell form={form} name={at('boardName')} label={m.boardName} required />
      <DateCell form={form} name={at('referralDate')} label={m.referralDate} />
      <TextCell form={form} name={at('referralNumber')} label={m.referralNumber} />
    </>
  );
}

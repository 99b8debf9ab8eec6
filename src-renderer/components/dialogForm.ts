// A form dialog's form: bound to the contract's schema, submitted through one call whose refusal
// lands on the fields (the core's per-field messages) and at the top (its message).
import { useRef, useState, type RefObject } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useNotify } from '../app/Notifier';
import { common } from '../messages/common';
import { focusFirstInvalid } from './formKeys';
import { applyServerErrors } from './serverErrors';

export interface DialogSubmitOptions<V, R> {
  /** the fields a refusal's per-field messages may land on */
  fields: readonly string[];
  run: (values: V) => Promise<R>;
  onDone: (values: V, result: R) => void;
  /** the confirmation to show: «ثبت شد.» unless told; null for none (the caller reports, or a step leads on) */
  success?: string | null | ((values: V) => string | null);
}

/** What ties a FormDialog to its form: `<FormDialog {...frame} …>`. */
export interface FormFrame {
  submit: () => void;
  busy: boolean;
  topError: string | null;
  formRef: RefObject<HTMLFormElement | null>;
}

/**
 * Submitting a form: `run` makes the call; on success the form reports and `onDone` follows (a
 * dialog closes), on a refusal the core's message shows at the top and its per-field messages on
 * the fields. Either way the first field in error gets the focus. A dialog takes `frame`; a form
 * of its own on a page, `submit`, `topError` and `formRef`.
 */
export function useDialogSubmit<T extends FieldValues, V, R>(
  form: UseFormReturn<T, unknown, V>,
  opts: DialogSubmitOptions<V, R>,
) {
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setTopError(null);
      try {
        const result = await opts.run(values);
        const message = typeof opts.success === 'function' ? opts.success(values) : opts.success;
        if (message !== null) notify(message ?? common.done);
        opts.onDone(values, result);
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, opts.fields));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );
  const frame: FormFrame = {
    submit: () => void submit(),
    busy: form.formState.isSubmitting,
    topError,
    formRef,
  };
  return { submit, topError, formRef, frame };
}

/** A form validated with the contract's schema on the way out (a form with its own resolver: useDialogSubmit). */
export function useDialogForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  opts: DialogSubmitOptions<z.output<S>, R> & { schema: S; defaults: DefaultValues<z.input<S>> },
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(opts.schema as never) as never,
    defaultValues: opts.defaults,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  return { form, ...useDialogSubmit(form, opts) };
}

// Keyboard habits of the secretariat's forms: Enter moves to the next field (and submits from
// the last one), Ctrl+S or Ctrl+Enter submits from anywhere on the page.
import { useEffect, useRef } from 'react';
import type React from 'react';

/** Put this attribute on the element that wraps each field, in the order Enter should visit them. */
export const NAV_FIELD = { 'data-nav-field': '' } as const;

const FOCUSABLE =
  'input:not([type="hidden"]):not([aria-hidden="true"]):not([tabindex="-1"]):not([disabled]), textarea:not([disabled]), [contenteditable="true"], [role="combobox"]:not(input), [tabindex="0"]';

function focusField(field: Element): boolean {
  const target = field.matches(FOCUSABLE) ? field : field.querySelector(FOCUSABLE);
  if (target instanceof HTMLElement) {
    target.focus();
    return true;
  }
  return false;
}

/** Focuses the first field, in screen order, that shows an error (after React has painted it). */
export function focusFirstInvalid(form: HTMLElement | null, framesLeft = 6) {
  requestAnimationFrame(() => {
    const field = form?.querySelector('[data-nav-field]:has(.Mui-error)');
    if (field) focusField(field);
    else if (framesLeft > 0) focusFirstInvalid(form, framesLeft - 1);
  });
}

/** onKeyDown for a <form>: Enter moves on; on the last field it submits. */
export function enterMovesOn(submit: () => void) {
  return (event: React.KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return;
    if (target.closest('[role="listbox"]')) return;
    const form = event.currentTarget;
    const fields = Array.from(form.querySelectorAll('[data-nav-field]'));
    const current = target.closest('[data-nav-field]');
    if (!current) return;
    event.preventDefault();
    for (let i = fields.indexOf(current) + 1; i < fields.length; i += 1) {
      if (focusField(fields[i])) return;
    }
    submit();
  };
}

/** Ctrl+S / Ctrl+Enter (⌘ on a Mac) anywhere on the page calls `submit`. */
export function useSubmitShortcut(submit: () => void, enabled = true) {
  const ref = useRef(submit);
  ref.current = submit;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const isSave = event.code === 'KeyS' || event.key === 's' || event.key === 'S' || event.key === 'س';
      if (isSave || event.key === 'Enter') {
        event.preventDefault();
        ref.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

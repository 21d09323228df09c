import { type RefObject, useEffect } from 'react';

/**
 * After a refused submit, moves focus to the form's first field marked invalid: the field may be out of view (in a
 * long dialog the submit button sits at the bottom), and the busy button that had focus was disabled meanwhile, so
 * keyboard and screen-reader users would otherwise be left on the page's body with the message unseen.
 * `refusal` is the errors state: a new value after each refused submit.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, refusal: unknown): void {
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, refusal]);
}

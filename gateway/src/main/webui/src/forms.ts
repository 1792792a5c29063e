import { h } from './dom';
import { ApiError, sentence, type GraphQLError } from './graphql';

type Value = string | number | undefined;

/** A labelled input whose error (from the API) is shown beneath it and announced with it. */
export function field(
  form: string,
  name: string,
  label: string,
  attributes: Record<string, Value | boolean> = {},
): HTMLElement {
  const id = `${form}-${name}`;
  return h(
    'label',
    { for: id },
    label,
    h('input', { id, name, 'aria-describedby': `${id}-error`, ...attributes }),
    h('span', { class: 'field-error', id: `${id}-error`, 'data-field-error': name }),
  );
}

/** A labelled choice among the API's enum values. */
export function choice(form: string, name: string, label: string, options: [string, string][], selected?: string): HTMLElement {
  const id = `${form}-${name}`;
  return h(
    'label',
    { for: id },
    label,
    h(
      'select',
      { id, name, 'aria-describedby': `${id}-error` },
      ...options.map(([value, text]) => h('option', { value, selected: value === selected }, text)),
    ),
    h('span', { class: 'field-error', id: `${id}-error`, 'data-field-error': name }),
  );
}

/** Clears the errors a form showed for its last submission. */
export function clearErrors(form: HTMLElement): void {
  form.querySelectorAll('[data-field-error]').forEach((span) => (span.textContent = ''));
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

/**
 * Shows the API's errors on the form: one naming a field of the form beside that field (and the field marked
 * invalid), and every error as a sentence in the form's status line.
 */
export function showErrors(form: HTMLElement, status: HTMLElement, errors: GraphQLError[], fallback: string): void {
  clearErrors(form);
  if (errors.length === 0) {
    status.textContent = fallback;
    return;
  }
  for (const error of errors) {
    // "questions[0].scaleMax" names the form's "scaleMax" when the form holds one question
    const name = error.extensions?.field?.replace(/^.*\./, '').replace(/\[\d+\]$/, '');
    const span = name ? form.querySelector(`[data-field-error="${CSS.escape(name)}"]`) : null;
    if (span) {
      span.textContent = error.message;
      form.querySelector(`[name="${CSS.escape(name!)}"]`)?.setAttribute('aria-invalid', 'true');
    }
  }
  status.textContent = errors.map(sentence).join(' ');
}

/**
 * A number from a form, or undefined when left empty (so the API's default applies). Not checked here: the API
 * refuses a fraction where it needs a whole number, naming the field.
 */
export function whole(values: FormData, name: string): number | undefined {
  const text = String(values.get(name) ?? '').trim();
  return text === '' ? undefined : Number(text);
}

/** A text from a form, or undefined when left empty. */
export function text(values: FormData, name: string): string | undefined {
  const value = String(values.get(name) ?? '').trim();
  return value === '' ? undefined : value;
}

/** A failure of a form's request: the API's errors by their fields when it named them, otherwise its sentence. */
export function showFailure(form: HTMLElement, status: HTMLElement, error: unknown): void {
  if (error instanceof ApiError && error.errors.length > 0) {
    showErrors(form, status, error.errors, error.message);
  } else {
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

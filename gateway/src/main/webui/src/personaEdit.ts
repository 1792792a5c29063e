import { h } from './dom';
import { clearErrors } from './forms';
import { ApiError, graphql, sentence, type GraphQLError } from './graphql';
import { lockedBadge } from './personas';
import { CARD_SECTIONS, sectionSelection, statementsAt } from './sections';

export interface KeyedStatement {
  key: string | null;
  text: string;
}

/** What the edit form needs of a persona: its name, its statements with their keys, and what is locked. */
export interface EditablePersona {
  id: string;
  name: string;
  lockedFields: string[];
  tagline: KeyedStatement | null;
  [section: string]: unknown;
}

/** Every section a person may edit; the size statement is left out (it restates measured numbers). */
export const EDITABLE = CARD_SECTIONS.filter((s) => s.editable);

export const EDITABLE_FIELDS = `name lockedFields ${sectionSelection(EDITABLE, 'key text')}`;

function control(id: string, name: string, label: string, value: string, locked: string[], multiline: boolean, hint?: string): HTMLElement {
  const input = multiline
    ? h('textarea', { id, name, rows: 3, class: 'wide-input', 'aria-describedby': `${id}-error${hint ? ` ${id}-hint` : ''}` }, value)
    : h('input', { id, name, value, class: 'wide-input', 'aria-describedby': `${id}-error` });
  return h(
    'label',
    { for: id, class: 'wide' },
    h('span', {}, label, ' ', lockedBadge(name, locked)),
    hint ? h('span', { class: 'form-help muted', id: `${id}-hint` }, hint) : null,
    input,
    h('span', { class: 'field-error', id: `${id}-error`, 'data-field-error': name }),
  );
}

/**
 * The edit form of a persona card: the name and each section's statements (one a line). Only what changed is sent,
 * so only that becomes locked; a line keeps the key (and the evidence) of the statement it replaces by position.
 */
export function personaEditForm(persona: EditablePersona, onSaved: () => void): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status', id: 'edit-persona-status' });
  const form = h(
    'form',
    { class: 'write-action', id: 'edit-persona', 'data-write': 'edit-persona', novalidate: true },
    h('h2', {}, 'Edit the persona'),
    h(
      'p',
      { class: 'form-help muted' },
      'Every field you change is locked: a regeneration from a newer run keeps your text. Locked fields carry a badge.',
    ),
    control('edit-name', 'name', 'Name', persona.name, persona.lockedFields, false),
    ...[...new Set(EDITABLE.map((e) => e.group))].map((group) =>
      h(
        'fieldset',
        { class: 'section-group' },
        h('legend', {}, group),
        ...EDITABLE.filter((e) => e.group === group).map((e) =>
          control(
            `edit-${e.section.toLowerCase().replace(/_/g, '-')}`,
            e.section,
            e.label,
            statementsAt<KeyedStatement>(persona, e.path)
              .map((s) => s.text)
              .join('\n'),
            persona.lockedFields,
            !e.single || e.section === 'SUMMARY',
            e.single ? undefined : 'One statement a line.',
          ),
        ),
      ),
    ),
    h('button', { type: 'submit' }, 'Save changes'),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(form, status, persona, onSaved);
  });
  return form;
}

async function save(form: HTMLElement, status: HTMLElement, persona: EditablePersona, onSaved: () => void): Promise<void> {
  clearErrors(form);
  const values = new FormData(form as HTMLFormElement);
  const patch: { name?: string; sections: { section: string; statements: KeyedStatement[] }[] } = { sections: [] };
  const name = String(values.get('name') ?? '').trim();
  if (name !== persona.name) patch.name = name;
  for (const e of EDITABLE) {
    const before = statementsAt<KeyedStatement>(persona, e.path);
    const raw = String(values.get(e.section) ?? '');
    const lines = (e.single ? [raw.replace(/\s*\n\s*/g, ' ')] : raw.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
    if (lines.join('\n') === before.map((s) => s.text).join('\n')) continue;
    patch.sections.push({ section: e.section, statements: lines.map((text, i) => ({ key: before[i]?.key ?? null, text })) });
  }
  if (patch.name === undefined && patch.sections.length === 0) {
    status.textContent = 'Nothing was changed.';
    return;
  }
  status.textContent = 'Saving…';
  try {
    const answer = await graphql<{ updatePersona: { id: string; version: number } | null }>(
      `mutation ConsoleUpdatePersona($id: ID!, $patch: PersonaPatch!) { updatePersona(id: $id, patch: $patch) { id version } }`,
      { id: persona.id, patch },
    );
    if (!answer.data?.updatePersona) {
      showPatchErrors(form, status, answer.errors, patch.sections);
      return;
    }
    status.textContent = `Saved as version ${answer.data.updatePersona.version}.`;
    onSaved();
  } catch (error) {
    if (error instanceof ApiError && error.errors.length > 0) showPatchErrors(form, status, error.errors, patch.sections);
    else status.textContent = error instanceof Error ? error.message : String(error);
  }
}

/** "patch.name" is the name's input; "patch.sections[2].statements[0].text" is the input of the third section sent. */
function showPatchErrors(
  form: HTMLElement,
  status: HTMLElement,
  errors: GraphQLError[],
  sent: { section: string }[],
): void {
  for (const error of errors) {
    const field = error.extensions?.field ?? '';
    const index = /sections\[(\d+)\]/.exec(field);
    const name = field.endsWith('name') && !index ? 'name' : index ? sent[Number(index[1])]?.section : undefined;
    if (!name) continue;
    const span = form.querySelector(`[data-field-error="${CSS.escape(name)}"]`);
    if (span) span.textContent = error.message;
    form.querySelector(`[name="${CSS.escape(name)}"]`)?.setAttribute('aria-invalid', 'true');
  }
  status.textContent = errors.length > 0 ? errors.map(sentence).join(' ') : 'The persona was not saved.';
}

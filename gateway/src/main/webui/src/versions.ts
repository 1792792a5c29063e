import { h, table } from './dom';
import { graphql, sentence } from './graphql';

export interface PersonaVersion {
  version: number;
  change: string;
  author: string;
  createdAt: string;
  changedFields: string[];
  name: string;
}

export const VERSION_FIELDS = 'version change author createdAt changedFields name';

interface FieldChange {
  field: string;
  kind: string;
  before: string | null;
  after: string | null;
}

const CHANGES: Record<string, string> = { GENERATED: 'generated', REGENERATED: 'regenerated from a newer run', EDITED: 'edited' };
const KINDS: Record<string, string> = { ADDED: 'added', CHANGED: 'changed', REMOVED: 'removed' };

/**
 * A persona's versions, oldest first as the API lists them, and what changed between two of them field by field
 * (the API's PersonaDiff). The latest two are compared when the page opens.
 */
export function versionHistory(personaId: string, versions: PersonaVersion[]): HTMLElement {
  const section = h(
    'section',
    { 'aria-labelledby': 'versions-title', id: 'persona-versions', 'data-version-count': versions.length },
    h('h2', { id: 'versions-title' }, 'Version history'),
    table(
      'Versions of this persona, oldest first',
      ['version', 'change', 'by', 'when', 'fields changed'],
      versions.map((v) => [
        h('span', { 'data-version': v.version }, String(v.version)),
        CHANGES[v.change] ?? v.change.toLowerCase(),
        v.author,
        new Date(v.createdAt).toLocaleString(),
        v.changedFields.length ? v.changedFields.join(', ') : '–',
      ]),
    ),
  );
  if (versions.length < 2) {
    section.append(h('p', { class: 'muted' }, 'There is one version so far; an edit or a regeneration adds the next.'));
    return section;
  }
  const numbers = versions.map((v) => v.version);
  const picker = (name: string, label: string, selected: number) =>
    h(
      'label',
      {},
      label,
      h(
        'select',
        { name, id: `diff-${name}` },
        ...numbers.map((n) => h('option', { value: n, selected: n === selected }, `version ${n}`)),
      ),
    );
  const result = h('div', { id: 'persona-diff-result', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'write-action', id: 'persona-diff-form' },
    picker('from', 'From', numbers[numbers.length - 2]),
    picker('to', 'To', numbers[numbers.length - 1]),
    h('button', { type: 'submit', class: 'secondary' }, 'Compare'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = new FormData(form as HTMLFormElement);
    void compare(personaId, Number(values.get('from')), Number(values.get('to')), result);
  });
  section.append(h('h3', {}, 'What changed'), form, result);
  void compare(personaId, numbers[numbers.length - 2], numbers[numbers.length - 1], result);
  return section;
}

async function compare(personaId: string, from: number, to: number, result: HTMLElement): Promise<void> {
  result.replaceChildren(h('p', { 'aria-busy': 'true' }, 'Comparing…'));
  try {
    const answer = await graphql<{ personaDiff: { from: number; to: number; changes: FieldChange[] } | null }>(
      `query ConsolePersonaDiff($id: ID!, $from: Int!, $to: Int!) {
        personaDiff(id: $id, from: $from, to: $to) { from to changes { field kind before after } }
      }`,
      { id: personaId, from, to },
    );
    const diff = answer.data?.personaDiff;
    if (!diff) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, answer.errors[0] ? sentence(answer.errors[0]) : 'Not found.'));
      return;
    }
    result.replaceChildren(
      diff.changes.length === 0
        ? h(
            'p',
            { id: 'persona-diff', 'data-from': diff.from, 'data-to': diff.to, 'data-changes': 0 },
            `Versions ${diff.from} and ${diff.to} are the same.`,
          )
        : h(
            'div',
            { id: 'persona-diff', 'data-from': diff.from, 'data-to': diff.to, 'data-changes': diff.changes.length },
            table(
              `Changes from version ${diff.from} to version ${diff.to}`,
              ['field', 'change', 'before', 'after'],
              diff.changes.map((c) => [
                h('code', { 'data-diff-field': c.field }, c.field),
                KINDS[c.kind] ?? c.kind.toLowerCase(),
                c.before === null ? h('span', { class: 'muted' }, '–') : h('del', {}, c.before),
                c.after === null ? h('span', { class: 'muted' }, '–') : h('ins', {}, c.after),
              ]),
            ),
          ),
    );
  } catch (error) {
    result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  }
}

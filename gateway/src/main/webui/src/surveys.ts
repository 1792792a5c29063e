import type { Caller } from './auth';
import { h, number, table } from './dom';
import { choice, clearErrors, field, showErrors, showFailure, text } from './forms';
import { graphql, sentence } from './graphql';

export interface Question {
  code: string;
  text: string;
  type: string;
  role: string;
  dimension: string;
  position: number;
  scaleMin: number | null;
  scaleMax: number | null;
  numericMin: number | null;
  numericMax: number | null;
  options: (string | null)[] | null;
  missingCodes: string[] | null;
  reverseCoded: boolean;
}

export interface SurveyDetail {
  id: string;
  title: string;
  description: string | null;
  status: string;
  workspaceId: string;
  updatedAt: string;
  questions: Question[];
}

export const QUESTION_FIELDS =
  'code text type role dimension position scaleMin scaleMax numericMin numericMax options missingCodes reverseCoded';

const TYPES: [string, string][] = [
  ['LIKERT', 'Likert scale'],
  ['BINARY', 'yes / no'],
  ['NUMERIC', 'number'],
  ['SINGLE_CHOICE', 'single choice'],
  ['MULTI_CHOICE', 'multiple choice'],
  ['TEXT', 'free text'],
];
const ROLES: [string, string][] = [
  ['BASIS', 'basis (segments are formed on it)'],
  ['DESCRIPTOR', 'descriptor (describes the segments)'],
];
const DIMENSIONS: [string, string][] = [
  'ATTITUDES',
  'BEHAVIOURAL',
  'DEMOGRAPHIC',
  'INTERESTS',
  'LIFESTYLE',
  'PERSONALITY',
  'VALUES',
  'OTHER',
].map((d) => [d, d.charAt(0) + d.slice(1).toLowerCase()]);
// what addQuestions takes of a question definition; anything else in a file (ids, positions) is left out
const QUESTION_INPUT_KEYS = [
  'code',
  'text',
  'type',
  'role',
  'dimension',
  'reverseCoded',
  'scaleMin',
  'scaleMax',
  'numericMin',
  'numericMax',
  'options',
  'missingCodes',
];

/** A new survey: title, description, and the workspace when the caller has more than one. */
export function createSurveyForm(caller: Caller): HTMLElement {
  const status = h('p', { role: 'status', class: 'form-status' });
  const form = h(
    'form',
    { class: 'write-action', id: 'create-survey', 'data-write': 'create-survey' },
    h('h2', {}, 'New survey'),
    field('survey', 'title', 'title', { type: 'text', required: true, maxlength: 300 }),
    descriptionField('survey', ''),
    caller.workspaces.length > 1
      ? choice(
          'survey',
          'workspaceId',
          'workspace',
          caller.workspaces.map((w) => [w, w]),
        )
      : null,
    h('button', { type: 'submit' }, 'Create survey'),
    status,
  ) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const values = new FormData(form);
    status.textContent = 'Creating…';
    try {
      const answer = await graphql<{ createSurvey: { id: string } | null }>(
        `mutation ConsoleCreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }`,
        {
          input: {
            title: String(values.get('title') ?? '').trim(),
            description: text(values, 'description'),
            workspaceId: text(values, 'workspaceId'),
          },
        },
      );
      const created = answer.data?.createSurvey;
      if (created) window.location.hash = `#/surveys/${encodeURIComponent(created.id)}`;
      else showErrors(form, status, answer.errors, 'The survey was not created.');
    } catch (error) {
      showFailure(form, status, error);
    }
  });
  return form;
}

function descriptionField(form: string, value: string): HTMLElement {
  const id = `${form}-description`;
  return h(
    'label',
    { for: id, class: 'wide' },
    'description',
    h('textarea', { id, name: 'description', rows: 2, maxlength: 10000, 'aria-describedby': `${id}-error` }, value),
    h('span', { class: 'field-error', id: `${id}-error`, 'data-field-error': 'description' }),
  );
}

/** Title and description, editable in every status (updateSurvey); questions are not, once the survey is open. */
export function surveyDetailsForm(survey: SurveyDetail, onSaved: () => void): HTMLElement {
  const status = h('p', { role: 'status', class: 'form-status' });
  const form = h(
    'form',
    { class: 'write-action', id: 'edit-survey' },
    field('edit', 'title', 'title', { type: 'text', required: true, maxlength: 300, value: survey.title }),
    descriptionField('edit', survey.description ?? ''),
    h('button', { type: 'submit' }, 'Save'),
    status,
  ) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const values = new FormData(form);
    status.textContent = 'Saving…';
    try {
      const answer = await graphql<{ updateSurvey: { id: string } | null }>(
        `mutation ConsoleUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { id } }`,
        {
          id: survey.id,
          input: { title: String(values.get('title') ?? '').trim(), description: String(values.get('description') ?? '') },
        },
      );
      if (answer.data?.updateSurvey) onSaved();
      else showErrors(form, status, answer.errors, 'The survey was not saved.');
    } catch (error) {
      showFailure(form, status, error);
    }
  });
  return h('details', { 'data-write': 'edit-survey' }, h('summary', {}, 'Edit title and description'), form);
}

/** DRAFT → OPEN (questions fixed, responses accepted) → CLOSED (no more responses). */
export function lifecycleActions(survey: SurveyDetail, onChanged: () => void): HTMLElement | null {
  const step =
    survey.status === 'DRAFT'
      ? {
          mutation: 'openSurvey',
          label: 'Open for responses',
          question: 'Open this survey? Its questions can no longer be changed, and responses can be uploaded.',
        }
      : survey.status === 'OPEN'
        ? { mutation: 'closeSurvey', label: 'Close survey', question: 'Close this survey? No more responses are accepted.' }
        : null;
  if (!step) return null;
  const status = h('span', { role: 'status' });
  const button = h(
    'button',
    {
      type: 'button',
      id: step.mutation === 'openSurvey' ? 'open-survey' : 'close-survey',
      'data-write': step.mutation,
      onclick: async () => {
        if (!window.confirm(step.question)) return;
        button.setAttribute('disabled', '');
        status.textContent = ' Saving…';
        try {
          const answer = await graphql<Record<string, { id: string; status: string } | null>>(
            `mutation ConsoleSurveyStatus($id: ID!) { ${step.mutation}(id: $id) { id status } }`,
            { id: survey.id },
          );
          if (answer.data?.[step.mutation]) {
            onChanged();
            return;
          }
          status.textContent = ` ${answer.errors.map(sentence).join(' ') || 'The status was not changed.'}`;
        } catch (error) {
          status.textContent = ` ${error instanceof Error ? error.message : String(error)}`;
        }
        button.removeAttribute('disabled');
      },
    },
    step.label,
  );
  return h('p', { class: 'write-action' }, button, status);
}

/** What a question's answers can be: its scale, range or options, in words. */
export function scaleOf(q: Question): string {
  switch (q.type) {
    case 'LIKERT':
      return `${q.scaleMin ?? '?'} to ${q.scaleMax ?? '?'}` + (q.options?.length ? ` (${q.options[0]} … ${q.options[q.options.length - 1]})` : '');
    case 'BINARY':
      return 'yes / no';
    case 'NUMERIC':
      return q.numericMin === null && q.numericMax === null
        ? 'any number'
        : `${q.numericMin === null ? '…' : number(q.numericMin, 0)} to ${q.numericMax === null ? '…' : number(q.numericMax, 0)}`;
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE':
      return (q.options ?? []).filter(Boolean).join(' · ');
    default:
      return '–';
  }
}

/**
 * The questions in order with type and scale; while DRAFT, analysts add more here (one by form, many from a file),
 * and edit or remove each (the survey takes answers only once it is open, so no answer changes meaning).
 */
export function questionsSection(caller: Caller, survey: SurveyDetail, onChanged: () => void): HTMLElement {
  const questions = [...survey.questions].sort((a, b) => a.position - b.position);
  const editable = caller.canWrite && survey.status === 'DRAFT';
  const editor = h('div', { id: 'question-editor' });
  const status = h('p', { role: 'status', class: 'form-status', id: 'question-row-status' });
  const actions = (q: Question) =>
    h(
      'span',
      { class: 'row-actions write-action' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-edit-question': q.code,
          'aria-label': `Edit question ${q.code}`,
          onclick: (event: Event) => {
            const opener = event.currentTarget as HTMLElement;
            editor.replaceChildren(
              questionForm(survey.id, q, onChanged, () => {
                editor.replaceChildren();
                // the form held the focus: give it back to the button that opened it
                opener.focus();
              }),
            );
            editor.querySelector('input')?.focus();
          },
        },
        'Edit',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-remove-question': q.code,
          'aria-label': `Remove question ${q.code}`,
          onclick: () => void removeQuestion(survey.id, q.code, status, onChanged),
        },
        'Remove',
      ),
    );
  return h(
    'section',
    { 'aria-labelledby': 'questions', id: 'questions-section', 'data-question-count': questions.length },
    h('h2', { id: 'questions' }, `Questions (${questions.length})`),
    questions.length === 0
      ? h('p', {}, editable ? 'No questions yet: add them below, one by one or from a file.' : 'No questions yet.')
      : table(
          'Questions of this survey',
          ['#', 'code', 'question', 'type', 'role', 'scale or options', 'not answered', ...(editable ? ['change'] : [])],
          questions.map((q) => [
            String(q.position + 1),
            h('code', { 'data-question': q.code }, q.code),
            q.text,
            q.type + (q.reverseCoded ? ' (reversed)' : ''),
            q.role,
            scaleOf(q),
            (q.missingCodes ?? []).join(', '),
            ...(editable ? [actions(q)] : []),
          ]),
        ),
    editable ? status : null,
    editable ? editor : null,
    editable ? questionForm(survey.id, null, onChanged) : null,
    editable ? addQuestionsFromFileForm(survey.id, onChanged) : null,
    !editable && survey.status !== 'DRAFT' ? h('p', { class: 'muted' }, 'Questions are fixed once a survey is open.') : null,
  );
}

async function addQuestions(surveyId: string, questions: Record<string, unknown>[]) {
  return graphql<{ addQuestions: { id: string } | null }>(
    `mutation ConsoleAddQuestions($surveyId: ID!, $questions: [QuestionInput!]!) {
      addQuestions(surveyId: $surveyId, questions: $questions) { id }
    }`,
    { surveyId, questions },
  );
}

async function removeQuestion(surveyId: string, code: string, status: HTMLElement, onRemoved: () => void): Promise<void> {
  if (!window.confirm(`Remove the question ${code}? The questions after it move up one place.`)) return;
  status.textContent = `Removing ${code}…`;
  try {
    const answer = await graphql<{ removeQuestion: { id: string } | null }>(
      `mutation ConsoleRemoveQuestion($surveyId: ID!, $code: String!) { removeQuestion(surveyId: $surveyId, code: $code) { id } }`,
      { surveyId, code },
    );
    if (answer.data?.removeQuestion) onRemoved();
    else status.textContent = answer.errors.length ? answer.errors.map(sentence).join(' ') : 'The question was not removed.';
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

/**
 * The form of one question: empty to add one, or filled with a question's definition to replace it (updateQuestion
 * finds it by its current code, which may change too).
 */
function questionForm(surveyId: string, editing: Question | null, onDone: () => void, onCancel?: () => void): HTMLElement {
  const prefix = editing ? 'edit-question' : 'question';
  const status = h('p', { role: 'status', class: 'form-status' });
  const optionsId = `${prefix}-options`;
  const value = (v: number | string | null | undefined) => (v === null || v === undefined ? {} : { value: String(v) });
  const optionsShown = (editing?.options ?? []).filter((o) => o !== null).join('\n');
  const missingShown = editing?.missingCodes?.join(' ') ?? '';
  const form = h(
    'form',
    {
      class: 'write-action',
      id: editing ? 'edit-question' : 'add-question',
      'data-write': editing ? 'edit-question' : 'add-question',
      'data-editing': editing?.code,
      novalidate: true,
    },
    h('h3', {}, editing ? `Edit question ${editing.code}` : 'Add a question'),
    field(prefix, 'code', 'code (the column in imports)', { type: 'text', required: true, maxlength: 64, ...value(editing?.code) }),
    field(prefix, 'text', 'question text', { type: 'text', required: true, class: 'wide-input', ...value(editing?.text) }),
    choice(prefix, 'type', 'type', TYPES, editing?.type ?? 'LIKERT'),
    choice(prefix, 'role', 'role', ROLES, editing?.role ?? 'BASIS'),
    choice(prefix, 'dimension', 'dimension', DIMENSIONS, editing?.dimension ?? 'ATTITUDES'),
    field(prefix, 'scaleMin', 'scale from (Likert)', { type: 'number', step: 1, ...value(editing?.scaleMin) }),
    field(prefix, 'scaleMax', 'scale to (Likert)', { type: 'number', step: 1, ...value(editing?.scaleMax) }),
    field(prefix, 'numericMin', 'smallest number', { type: 'number', step: 'any', ...value(editing?.numericMin) }),
    field(prefix, 'numericMax', 'largest number', { type: 'number', step: 'any', ...value(editing?.numericMax) }),
    h(
      'label',
      { for: optionsId, class: 'wide' },
      'options or scale labels, one per line',
      h(
        'textarea',
        { id: optionsId, name: 'options', rows: 3, 'aria-describedby': `${optionsId}-error` },
        optionsShown,
      ),
      h('span', { class: 'field-error', id: `${optionsId}-error`, 'data-field-error': 'options' }),
    ),
    field(prefix, 'missingCodes', 'codes for "not answered"', {
      type: 'text',
      placeholder: 'e.g. -99 99',
      ...value(missingShown || null),
    }),
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'reverseCoded', value: 'true', checked: editing?.reverseCoded ?? false }),
      ' reverse-coded',
      h('span', { class: 'field-error', 'data-field-error': 'reverseCoded' }),
    ),
    h('button', { type: 'submit' }, editing ? 'Save question' : 'Add question'),
    onCancel ? h('button', { type: 'button', class: 'secondary', onclick: onCancel }, 'Cancel') : null,
    status,
  ) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const values = new FormData(form);
    const numberOrNull = (name: string) => {
      const value = text(values, name);
      return value === undefined ? null : Number(value);
    };
    const lines = (name: string, split: RegExp) =>
      String(values.get(name) ?? '')
        .split(split)
        .map((line) => line.trim())
        .filter(Boolean);
    // a field left as it was shown keeps the question's own values: a code such as "Don't know" would not survive
    // being split on spaces, nor an option its surrounding spaces
    const unchanged = (name: string, shown: string) =>
      editing !== null && String(values.get(name) ?? '').replace(/\r\n/g, '\n') === shown;
    const options = unchanged('options', optionsShown) ? (editing?.options ?? []).filter((o): o is string => o !== null) : lines('options', /\r?\n/);
    const missing = unchanged('missingCodes', missingShown) ? (editing?.missingCodes ?? []) : lines('missingCodes', /[\s,]+/);
    const question = {
      code: String(values.get('code') ?? '').trim(),
      text: String(values.get('text') ?? '').trim(),
      type: String(values.get('type')),
      role: String(values.get('role')),
      dimension: String(values.get('dimension')),
      scaleMin: numberOrNull('scaleMin'),
      scaleMax: numberOrNull('scaleMax'),
      numericMin: numberOrNull('numericMin'),
      numericMax: numberOrNull('numericMax'),
      options: options.length ? options : null,
      missingCodes: missing.length ? missing : null,
      reverseCoded: values.get('reverseCoded') === 'true',
    };
    status.textContent = editing ? 'Saving…' : 'Adding…';
    try {
      if (editing) {
        const answer = await graphql<{ updateQuestion: { id: string } | null }>(
          `mutation ConsoleUpdateQuestion($surveyId: ID!, $code: String!, $question: QuestionInput!) {
            updateQuestion(surveyId: $surveyId, code: $code, question: $question) { id }
          }`,
          { surveyId, code: editing.code, question },
        );
        if (answer.data?.updateQuestion) onDone();
        else showErrors(form, status, answer.errors, 'The question was not saved.');
      } else {
        const answer = await addQuestions(surveyId, [question]);
        if (answer.data?.addQuestions) onDone();
        else showErrors(form, status, answer.errors, 'The question was not added.');
      }
    } catch (error) {
      showFailure(form, status, error);
    }
  });
  return form;
}

/** Many questions at once from a JSON file: a list of question definitions, or an object with a "questions" list. */
function addQuestionsFromFileForm(surveyId: string, onAdded: () => void): HTMLElement {
  const status = h('p', { role: 'status', class: 'form-status', id: 'question-file-status' });
  const file = h('input', { id: 'question-file', name: 'file', type: 'file', accept: '.json,application/json', required: true }) as HTMLInputElement;
  const form = h(
    'form',
    { class: 'write-action', id: 'add-questions-file', 'data-write': 'add-questions-file' },
    h('h3', {}, 'Add questions from a file'),
    h(
      'p',
      { class: 'muted form-help' },
      'A JSON file with a list of questions (code, text, type, role, dimension, and scale or options), or an object ' +
        'with a "questions" list such as a survey definition. All are added, or none.',
    ),
    h('label', { for: 'question-file' }, 'question file', file),
    h('button', { type: 'submit' }, 'Add questions'),
    status,
  ) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) {
      status.textContent = 'Choose a file first.';
      return;
    }
    let questions: Record<string, unknown>[];
    try {
      const parsed = JSON.parse(await chosen.text()) as unknown;
      const list = Array.isArray(parsed) ? parsed : (parsed as { questions?: unknown })?.questions;
      if (!Array.isArray(list) || list.length === 0) throw new Error('no list');
      questions = list.map((q) =>
        Object.fromEntries(Object.entries(q as Record<string, unknown>).filter(([key]) => QUESTION_INPUT_KEYS.includes(key))),
      );
    } catch {
      status.textContent = `${chosen.name} is not a JSON list of questions (nor an object with a "questions" list).`;
      return;
    }
    status.textContent = `Adding ${questions.length} questions…`;
    try {
      const answer = await addQuestions(surveyId, questions);
      if (answer.data?.addQuestions) onAdded();
      else showErrors(form, status, answer.errors, 'The questions were not added.');
    } catch (error) {
      showFailure(form, status, error);
    }
  });
  return form;
}

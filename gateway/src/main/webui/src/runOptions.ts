import { h } from './dom';
import { choice, clearErrors, field, showErrors, showFailure, text, whole } from './forms';
import { graphql } from './graphql';

// the API's defaults (SegmentationInput), shown so the analyst sees what a run left alone does
const DEFAULTS = { kMin: 2, kMax: 8, personaKMin: 3, personaKMax: 6, restarts: 10, bootstrapReplicates: 100 };
// a k's bootstrap stops drawing pairs once its median stability is known to this (0: every pair)
const STABILITY_PRECISION = 0.02;

const STANDARDISATION: [string, string][] = [
  ['NONE', 'none (answers as given)'],
  ['ZSCORE', 'z-score (mean 0, sd 1)'],
  ['RANGE', 'range (0 to 1)'],
];

/** The run options that matter, with the API's defaults; its VALIDATION errors appear beside the field they name. */
export function startRunForm(surveyId: string): HTMLElement {
  const number = (name: keyof typeof DEFAULTS, label: string, min: number) =>
    field('run', name, label, { type: 'number', inputmode: 'numeric', value: DEFAULTS[name], min, step: 1 });
  const status = h('p', { role: 'status', class: 'form-status', id: 'start-run-status' });
  const form = h(
    'form',
    { class: 'write-action', id: 'start-run', 'data-write': 'start-run', novalidate: true },
    h('h2', {}, 'Start a run'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Numbers of segments'),
      number('kMin', 'smallest k', 2),
      number('kMax', 'largest k', 2),
      number('personaKMin', 'recommend from k', 2),
      number('personaKMax', 'recommend up to k', 2),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Fitting and stability'),
      number('restarts', 'restarts per k', 1),
      number('bootstrapReplicates', 'bootstrap replicates (at most)', 0),
      field('run', 'stabilityPrecision', 'stop once the median stability is known to ± (0: every pair)', {
        type: 'number',
        inputmode: 'decimal',
        value: STABILITY_PRECISION,
        min: 0,
        max: 0.1,
        step: 0.005,
      }),
      choice('run', 'standardisation', 'standardisation', STANDARDISATION, 'NONE'),
      field('run', 'seed', 'seed (empty: drawn)', { type: 'text', inputmode: 'numeric', placeholder: 'e.g. 1234' }),
    ),
    h('button', { type: 'submit' }, 'Start segmentation'),
    status,
  ) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const values = new FormData(form);
    status.textContent = 'Starting…';
    try {
      // empty fields are left out, so the API's defaults apply and its checks decide what is accepted
      const input = {
        surveyId,
        kMin: whole(values, 'kMin'),
        kMax: whole(values, 'kMax'),
        personaKMin: whole(values, 'personaKMin'),
        personaKMax: whole(values, 'personaKMax'),
        restarts: whole(values, 'restarts'),
        bootstrapReplicates: whole(values, 'bootstrapReplicates'),
        stabilityPrecision: whole(values, 'stabilityPrecision'),
        standardisation: text(values, 'standardisation'),
        seed: text(values, 'seed'),
      };
      const answer = await graphql<{ startSegmentation: { id: string } | null }>(
        `mutation ConsoleStartRun($input: SegmentationInput!) { startSegmentation(input: $input) { id } }`,
        { input },
      );
      const run = answer.data?.startSegmentation;
      if (run) {
        window.location.hash = `#/runs/${encodeURIComponent(run.id)}`;
      } else {
        showErrors(form, status, answer.errors, 'The run was not started.');
      }
    } catch (error) {
      showFailure(form, status, error);
    }
  });
  return form;
}

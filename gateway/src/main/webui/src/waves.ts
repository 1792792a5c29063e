import type { Caller } from './auth';
import { h, table } from './dom';
import { clearErrors, field, showErrors, showFailure, text } from './forms';
import { graphql } from './graphql';

export interface Wave {
  trackerId: string;
  label: string;
  number: number;
  fieldedFrom: string | null;
  fieldedTo: string | null;
}

/** One survey of a tracker, as the waves list shows it. */
export interface WaveSurvey {
  id: string;
  title: string;
  status: string;
  wave: Wave | null;
}

/** What the survey page asks of a survey's waves (Survey.wave and Survey.waves). */
export const WAVE_FIELDS =
  'wave { trackerId label number fieldedFrom fieldedTo } waves { id title status wave { trackerId label number fieldedFrom fieldedTo } }';

/** The fielding period in words; the API's dates are ISO days, shown as they are so no time zone shifts them. */
export function fielded(wave: Wave | null): string {
  if (!wave || (!wave.fieldedFrom && !wave.fieldedTo)) return '–';
  if (wave.fieldedFrom && wave.fieldedTo) return `${wave.fieldedFrom} to ${wave.fieldedTo}`;
  return wave.fieldedFrom ? `from ${wave.fieldedFrom}` : `until ${wave.fieldedTo}`;
}

/**
 * The tracker's waves in the API's order (by number), each linking to its own survey page; analysts also get the
 * form for the next wave. A survey not fielded in waves says so: its first new wave makes it wave 1.
 */
export function wavesSection(caller: Caller, surveyId: string, wave: Wave | null, waves: WaveSurvey[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'waves', id: 'waves-section', 'data-wave-count': wave ? waves.length : 0 },
    h('h2', { id: 'waves' }, wave ? `Waves (${waves.length})` : 'Waves'),
    wave
      ? table(
          'Waves of this tracker',
          ['#', 'wave', 'fielded', 'status'],
          waves.map((w) => [
            String(w.wave?.number ?? '–'),
            w.id === surveyId
              ? h('strong', { 'data-wave': w.id, 'aria-current': 'page' }, `${w.wave?.label ?? w.title} (this survey)`)
              : h('a', { href: `#/surveys/${encodeURIComponent(w.id)}`, 'data-wave': w.id }, w.wave?.label ?? w.title),
            fielded(w.wave),
            w.status,
          ]),
        )
      : h(
          'p',
          { class: 'muted' },
          caller.canWrite
            ? 'This survey is not fielded in waves. A new wave copies its questions and makes this survey wave 1.'
            : 'This survey is not fielded in waves.',
        ),
    caller.canWrite ? createWaveForm(surveyId) : null,
  );
}

/** createWave: a new DRAFT survey of the tracker with this survey's questions; the page then opens it. */
function createWaveForm(surveyId: string): HTMLElement {
  const status = h('p', { role: 'status', class: 'form-status', id: 'create-wave-status' });
  const form = h(
    'form',
    // novalidate: the API checks the label and the period, and its errors appear beside the fields it names
    { class: 'write-action', id: 'create-wave', 'data-write': 'create-wave', novalidate: true },
    h('h3', {}, 'New wave'),
    field('wave', 'label', 'label', { type: 'text', required: true, maxlength: 100, placeholder: 'e.g. March 2026' }),
    field('wave', 'fieldedFrom', 'fielded from (optional)', { type: 'date' }),
    field('wave', 'fieldedTo', 'fielded to (optional)', { type: 'date' }),
    h('button', { type: 'submit' }, 'Create wave'),
    status,
  ) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const values = new FormData(form);
    status.textContent = 'Creating the wave…';
    try {
      const answer = await graphql<{ createWave: { id: string } | null }>(
        `mutation ConsoleCreateWave($surveyId: ID!, $input: CreateWaveInput!) {
          createWave(surveyId: $surveyId, input: $input) { id }
        }`,
        {
          surveyId,
          input: {
            // sent even when empty, so the API (not the browser) says what a label must be
            label: String(values.get('label') ?? '').trim(),
            fieldedFrom: text(values, 'fieldedFrom'),
            fieldedTo: text(values, 'fieldedTo'),
          },
        },
      );
      const created = answer.data?.createWave;
      if (created) window.location.hash = `#/surveys/${encodeURIComponent(created.id)}`;
      else showErrors(form, status, answer.errors, 'The wave was not created.');
    } catch (error) {
      showFailure(form, status, error);
    }
  });
  return form;
}

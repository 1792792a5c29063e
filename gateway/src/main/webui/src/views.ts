import type { Caller } from './auth';
import { kChoiceChart, profileChart, type Candidate, type ProfileEntry } from './charts';
import { DESCRIPTOR_FIELDS, descriptorCharts, type Descriptor } from './descriptors';
import { h, number, percent, show, table } from './dom';
import { ApiError, graphql, sentence, type GraphQLError } from './graphql';
import { personaCard, type PersonaCard } from './personas';
import { uploadForm } from './imports';
import { DATA_QUALITY_FIELDS, dataQualitySection, type DataQualityReport } from './quality';
import { startRunForm } from './runOptions';
import {
  createSurveyForm,
  lifecycleActions,
  QUESTION_FIELDS,
  questionsSection,
  surveyDetailsForm,
  type SurveyDetail,
} from './surveys';
import { WAVE_FIELDS, wavesSection, type Wave, type WaveSurvey } from './waves';
import { modelApplicationsSection } from './applications';

interface SurveySummary {
  id: string;
  title: string;
  status: string;
  workspaceId: string;
  updatedAt: string;
}

interface RunSummary {
  id: string;
  status: string;
  phase: string;
  percent: number;
  chosenK: number | null;
  recommendedK: number | null;
  createdAt: string;
}

interface Segment {
  number: number;
  label: string;
  size: number;
  share: number;
  stability: number | null;
  profile: ProfileEntry[];
  descriptors: Descriptor[];
  persona: PersonaCard | null;
}

interface RunDetail extends RunSummary {
  surveyId: string;
  surveyTitle: string | null;
  error: string | null;
  respondentCount: number | null;
  mostStableK: number | null;
  mostStableReason: string | null;
  recommendationReason: string | null;
  structure: { type: string | null; explanation: string } | null;
  candidates: Candidate[];
  segments: Segment[];
  typingTool: {
    goldenQuestions: { code: string; text: string }[];
    holdoutAccuracy: number;
    holdoutSize: number;
  } | null;
  personaDelivery: { status: string; lastError: string | null } | null;
}

const FINISHED = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
let polling: number | undefined;

/** Stops a run page's polling when another screen opens. */
export function leaveScreen(): void {
  if (polling !== undefined) window.clearTimeout(polling);
  polling = undefined;
}

export function problem(error: unknown): HTMLElement {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return h('p', { class: 'error', role: 'alert' }, message);
}

/** Errors beside data: the answer is partial; say what is missing in words. */
export function partial(errors: GraphQLError[]): HTMLElement | null {
  if (errors.length === 0) return null;
  return h(
    'div',
    { class: 'warning', role: 'status' },
    h('p', {}, 'Part of this page could not be loaded:'),
    h('ul', {}, ...errors.map((e) => h('li', {}, `${(e.path ?? []).join(' › ') || 'request'}: ${sentence(e)}`))),
  );
}

export function noAccessScreen(caller: Caller): void {
  const missing = [
    caller.roles.length === 0 ? 'role (viewer, analyst or admin)' : null,
    caller.workspaces.length === 0 ? 'workspace' : null,
  ].filter(Boolean);
  show(
    h('h1', {}, 'No access yet'),
    h(
      'p',
      { class: 'error', role: 'alert', id: 'no-access' },
      `You are signed in as ${caller.name}, but your account has no ${missing.join(' and no ')} in Psychograph. ` +
        'Ask an administrator to give you one, then sign in again.',
    ),
  );
}

export function signedOutScreen(onSignIn: () => void): void {
  show(
    h('h1', {}, 'Psychograph console'),
    h('p', {}, 'Customer segments and evidence-backed personas from your survey data. Sign in to see your workspaces.'),
    h('button', { type: 'button', id: 'sign-in', onclick: onSignIn }, 'Sign in'),
  );
}

export async function surveysScreen(caller: Caller): Promise<void> {
  show(h('h1', {}, 'Surveys'), h('p', { 'aria-busy': 'true' }, 'Loading surveys…'));
  try {
    const answer = await graphql<{ surveys: { totalCount: number; edges: { node: SurveySummary }[] } | null }>(
      `query ConsoleSurveys { surveys(first: 100) { totalCount edges { node { id title status workspaceId updatedAt } } } }`,
    );
    const surveys = answer.data?.surveys?.edges.map((e) => e.node) ?? [];
    show(
      h('h1', {}, 'Surveys'),
      partial(answer.errors),
      // id and count mark the list as loaded (what "first screen after sign-in" waits for)
      h(
        'p',
        { id: 'surveys-loaded', 'data-count': surveys.length },
        `Workspaces: ${caller.workspaces.join(', ')} · ${answer.data?.surveys?.totalCount ?? 0} surveys`,
      ),
      surveys.length === 0
        ? h('p', {}, 'No surveys yet in your workspaces.')
        : table(
            'Surveys in your workspaces',
            ['title', 'status', 'workspace', 'updated'],
            surveys.map((s) => [
              h('a', { href: `#/surveys/${encodeURIComponent(s.id)}`, 'data-survey': s.id }, s.title),
              s.status,
              s.workspaceId,
              new Date(s.updatedAt).toLocaleString(),
            ]),
          ),
      caller.canWrite ? createSurveyForm(caller) : null,
    );
    // the first screen is on view: measured from this page's navigation start (the browser's return from the
    // sign-in page), read by the browser test for docs/benchmarks.md
    if (performance.getEntriesByName('first-screen').length === 0) performance.mark('first-screen');
  } catch (error) {
    show(h('h1', {}, 'Surveys'), problem(error));
  }
}

export async function surveyScreen(caller: Caller, surveyId: string): Promise<void> {
  show(h('h1', {}, 'Survey'), h('p', { 'aria-busy': 'true' }, 'Loading…'));
  try {
    const answer = await graphql<{
      survey: (SurveyDetail & { wave: Wave | null; waves: WaveSurvey[] }) | null;
      runs: { edges: { node: RunSummary }[] } | null;
      dataQuality: DataQualityReport | null;
    }>(
      `query ConsoleSurvey($id: ID!) {
        survey(id: $id) {
          id title description status workspaceId updatedAt questions { ${QUESTION_FIELDS} } ${WAVE_FIELDS}
        }
        runs(surveyId: $id, first: 100) { edges { node { id status phase percent chosenK recommendedK createdAt } } }
        dataQuality(surveyId: $id) { ${DATA_QUALITY_FIELDS} }
      }`,
      { id: surveyId },
    );
    const survey = answer.data?.survey;
    if (!survey) {
      show(h('h1', {}, 'Survey'), problem(new Error(answer.errors[0] ? sentence(answer.errors[0]) : 'Survey not found.')));
      return;
    }
    const runs = answer.data?.runs?.edges.map((e) => e.node) ?? [];
    const reload = () => void surveyScreen(caller, surveyId);
    const quality = dataQualitySection(survey.id, answer.data?.dataQuality ?? null);
    show(
      h('p', {}, h('a', { href: '#/' }, '← Surveys')),
      h('h1', {}, survey.title),
      partial(answer.errors),
      survey.description ? h('p', { class: 'muted' }, survey.description) : null,
      h(
        'p',
        { id: 'survey-status', 'data-status': survey.status },
        `${survey.status} · ${survey.questions.length} questions · workspace ${survey.workspaceId}`,
      ),
      // write actions are shown to those who may use them only; the API refuses them to the others anyway
      caller.canWrite ? lifecycleActions(survey, reload) : null,
      caller.canWrite ? surveyDetailsForm(survey, reload) : null,
      wavesSection(caller, survey.id, survey.wave, survey.waves),
      questionsSection(caller, survey, reload),
      caller.canWrite && survey.status === 'OPEN' ? uploadForm(survey.id, () => void quality.refresh()) : null,
      survey.status === 'DRAFT' ? null : quality.element,
      h('h2', {}, 'Segmentation runs'),
      runs.length === 0
        ? h('p', {}, 'No runs yet.')
        : table(
            'Runs of this survey',
            ['started', 'status', 'progress', 'recommended k', 'chosen k'],
            runs.map((r) => [
              h('a', { href: `#/runs/${encodeURIComponent(r.id)}`, 'data-run': r.id }, new Date(r.createdAt).toLocaleString()),
              r.status,
              `${r.phase} ${r.percent}%`,
              r.recommendedK === null ? '–' : String(r.recommendedK),
              r.chosenK === null ? '–' : String(r.chosenK),
            ]),
          ),
      caller.canWrite && survey.status !== 'DRAFT' ? startRunForm(survey.id) : null,
    );
  } catch (error) {
    show(h('h1', {}, 'Survey'), problem(error));
  }
}

const RUN_PROGRESS = `query ConsoleRunProgress($id: ID!) { run(id: $id) { id status phase percent error } }`;
const RUN_DETAIL = `query ConsoleRun($id: ID!) {
  run(id: $id) {
    id surveyId surveyTitle status phase percent error createdAt respondentCount
    chosenK recommendedK mostStableK mostStableReason recommendationReason
    structure { type explanation }
    candidates { k stabilityReplicates stabilityMedian stabilityFirstQuartile stabilityThirdQuartile
                 referenceStabilityMedian silhouette recommended mostStableSplit }
    segments { number label size share stability
               profile { questionCode questionText segmentMean overallMean marker }
               descriptors { ${DESCRIPTOR_FIELDS} }
               persona { id name status archetypes avatarSvg tagline { text } } }
    typingTool { goldenQuestions { code text } holdoutAccuracy holdoutSize }
    personaDelivery { status lastError }
  }
}`;

export async function runScreen(caller: Caller, runId: string): Promise<void> {
  show(h('h1', {}, 'Run'), h('p', { 'aria-busy': 'true' }, 'Loading…'));
  try {
    const progress = await graphql<{ run: RunSummary & { error: string | null } | null }>(RUN_PROGRESS, { id: runId });
    const run = progress.data?.run;
    if (!run) {
      show(h('h1', {}, 'Run'), problem(new Error(progress.errors[0] ? sentence(progress.errors[0]) : 'Run not found.')));
      return;
    }
    if (!FINISHED.includes(run.status)) {
      show(
        h('h1', {}, 'Run in progress'),
        h(
          'div',
          { id: 'run-progress', 'data-status': run.status },
          h('p', {}, `${run.status} · ${run.phase}`),
          h('progress', { max: 100, value: run.percent, 'aria-label': 'run progress' }),
          h('span', {}, ` ${run.percent}%`),
        ),
        caller.canWrite ? cancelButton(caller, run.id) : null,
      );
      polling = window.setTimeout(() => void runScreen(caller, runId), 2000);
      return;
    }
    const answer = await graphql<{ run: RunDetail | null }>(RUN_DETAIL, { id: runId });
    const detail = answer.data?.run;
    if (!detail) {
      show(h('h1', {}, 'Run'), problem(new Error(answer.errors[0] ? sentence(answer.errors[0]) : 'Run not found.')));
      return;
    }
    show(...runPage(caller, detail, answer.errors));
  } catch (error) {
    show(h('h1', {}, 'Run'), problem(error));
  }
}

function cancelButton(caller: Caller, runId: string): HTMLElement {
  const status = h('span', { role: 'status' });
  const button = h(
    'button',
    {
      type: 'button',
      id: 'cancel-run',
      'data-write': 'cancel-run',
      onclick: async () => {
        if (!window.confirm('Cancel this run? Its work so far is discarded.')) return;
        leaveScreen();
        button.setAttribute('disabled', '');
        status.textContent = ' Cancelling…';
        try {
          const answer = await graphql<{ cancelRun: { id: string; status: string } | null }>(
            `mutation ConsoleCancelRun($id: ID!) { cancelRun(id: $id) { id status } }`,
            { id: runId },
          );
          if (!answer.data?.cancelRun) {
            button.removeAttribute('disabled');
            status.textContent = ` ${answer.errors[0] ? sentence(answer.errors[0]) : 'The run was not cancelled.'}`;
            return;
          }
        } catch (error) {
          status.textContent = ` ${error instanceof Error ? error.message : String(error)}`;
        }
        void runScreen(caller, runId);
      },
    },
    'Cancel run',
  );
  return h('p', { class: 'write-action' }, button, status);
}

/** Another analysed k: the run's segments, profiles, typing tool and personas are then those of that k. */
function chooseKForm(caller: Caller, run: RunDetail): HTMLElement | null {
  const others = run.candidates.map((c) => c.k).filter((k) => k !== run.chosenK).sort((a, b) => a - b);
  if (others.length === 0) return null;
  const status = h('span', { role: 'status' });
  const select = h(
    'select',
    { name: 'k', id: 'choose-k-value' },
    ...others.map((k) => h('option', { value: k }, k === run.recommendedK ? `${k} (recommended)` : String(k))),
  ) as HTMLSelectElement;
  const form = h(
    'form',
    { class: 'write-action', id: 'choose-k', 'data-write': 'choose-k' },
    h('label', {}, 'Choose another k', select),
    h('button', { type: 'submit' }, 'Use this k'),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = ' Profiling the segments of this k…';
    try {
      const answer = await graphql<{ chooseK: { id: string; chosenK: number } | null }>(
        `mutation ConsoleChooseK($runId: ID!, $k: Int!) { chooseK(runId: $runId, k: $k) { id chosenK } }`,
        { runId: run.id, k: Number(select.value) },
      );
      if (!answer.data?.chooseK) {
        status.textContent = ` ${answer.errors[0] ? sentence(answer.errors[0]) : 'This k was not chosen.'}`;
        return;
      }
      void runScreen(caller, run.id);
    } catch (error) {
      status.textContent = ` ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  return form;
}

function runPage(caller: Caller, run: RunDetail, errors: GraphQLError[]): (HTMLElement | null)[] {
  const title = run.surveyTitle ?? 'Survey';
  const header = [
    h('p', {}, h('a', { href: `#/surveys/${encodeURIComponent(run.surveyId)}` }, `← ${title}`)),
    h('h1', {}, `Segmentation of ${title}`),
    partial(errors),
    h(
      'p',
      { id: 'run-status', 'data-status': run.status },
      `${run.status} · ${run.respondentCount ?? '–'} respondents · chosen k = ${run.chosenK ?? '–'}`,
    ),
  ];
  if (run.status !== 'SUCCEEDED') {
    return [...header, run.error ? h('p', { class: 'error', role: 'alert' }, `The run stopped: ${run.error}`) : null];
  }
  return [
    ...header,
    h(
      'section',
      { 'aria-labelledby': 'decision' },
      h('h2', { id: 'decision' }, 'Structure and number of segments'),
      h('p', { id: 'structure' }, h('strong', {}, run.structure?.type ?? 'Not measured'), ' — ', run.structure?.explanation ?? ''),
      h(
        'p',
        { id: 'recommendation' },
        h('strong', {}, `Recommended k = ${run.recommendedK ?? '–'}`),
        run.mostStableK !== null ? ` (most stable split: k = ${run.mostStableK})` : '',
      ),
      run.recommendationReason ? h('p', {}, run.recommendationReason) : null,
      run.mostStableReason ? h('p', {}, run.mostStableReason) : null,
      kChoiceChart(run.candidates),
      caller.canWrite ? chooseKForm(caller, run) : null,
    ),
    h(
      'section',
      { 'aria-labelledby': 'segments' },
      h('h2', { id: 'segments' }, `Segments (k = ${run.chosenK ?? '–'})`),
      ...run.segments.map((segment) =>
        h(
          'article',
          { class: 'segment', 'data-segment-number': segment.number },
          h(
            'h3',
            {},
            `${segment.number}. ${segment.label}`,
            h('span', { class: 'muted' }, ` ${segment.size} respondents (${percent(segment.share)}), stability ${number(segment.stability)}`),
          ),
          profileChart(segment.number, segment.label, segment.profile),
          descriptorCharts(segment.number, segment.label, segment.descriptors),
        ),
      ),
    ),
    typingToolSection(run),
    modelApplicationsSection(caller, run),
    personasSection(caller, run),
  ];
}

function typingToolSection(run: RunDetail): HTMLElement {
  const tool = run.typingTool;
  return h(
    'section',
    { 'aria-labelledby': 'typing-tool', id: 'typing-tool-summary' },
    h('h2', { id: 'typing-tool' }, 'Typing tool'),
    tool
      ? h(
          'p',
          {},
          `${tool.goldenQuestions.length} golden questions (${tool.goldenQuestions.map((q) => q.text || q.code).join('; ')}) ` +
            `place a new customer with ${percent(tool.holdoutAccuracy)} accuracy on ${tool.holdoutSize} held-out respondents.`,
        )
      : h('p', {}, 'No typing tool was built for this run (see the run notes).'),
  );
}

function personasSection(caller: Caller, run: RunDetail): HTMLElement {
  const personas = run.segments.filter((s) => s.persona);
  const delivery = run.personaDelivery;
  return h(
    'section',
    { 'aria-labelledby': 'personas' },
    h('h2', { id: 'personas' }, 'Personas'),
    personas.length === 0
      ? h(
          'p',
          { role: 'status' },
          delivery?.status === 'FAILED'
            ? `No personas: ${delivery.lastError ?? 'their generation failed.'}`
            : delivery?.status === 'DELIVERED'
              ? // personas portray the segments of the k they were written for; another chosen k has none of its own yet
                `No personas portray the segments of k = ${run.chosenK ?? '–'}; they are written for the k a run finished with.`
              : 'The personas are being written; reload in a moment.',
        )
      : h(
          'div',
          { class: 'cards' },
          ...personas.map((s) => personaCard(caller, s.number, s.persona!)),
        ),
  );
}

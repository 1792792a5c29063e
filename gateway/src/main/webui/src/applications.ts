import type { Caller } from './auth';
import { BOX, intervalSeries, render } from './charts';
import { append, h, number, percent, table } from './dom';
import { graphql, sentence } from './graphql';
import type { WaveSurvey } from './waves';

interface ShareEstimate {
  value: number;
  low: number;
  high: number;
  count: number;
  total: number;
}

interface SegmentDrift {
  segmentNumber: number;
  fittingShare: number;
  shareChange: number;
  waveShare: ShareEstimate;
}

interface DriftReport {
  verdict: 'STILL_FITS' | 'SHARES_CHANGED' | 'NO_LONGER_FITS';
  summary: string;
  k: number;
  fittingRespondents: number;
  waveRespondents: number;
  expectedMisfitShare: number;
  misfit: ShareEstimate;
  shareTest: { pValue: number; statistic: number; degreesOfFreedom: number } | null;
  segments: SegmentDrift[];
  notes: string[];
}

export interface ModelApplication {
  id: string;
  runId: string;
  surveyId: string;
  surveyTitle: string | null;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  error: string | null;
  placedCount: number | null;
  unplacedCount: number | null;
  unplacedReason: string | null;
  createdAt: string;
  drift: DriftReport | null;
}

/** The run whose model is applied: its survey gives the tracker's waves, its segments the labels. */
export interface AppliedRun {
  id: string;
  surveyId: string;
  chosenK: number | null;
  segments: { number: number; label: string }[];
}

const SHARE = 'value low high count total';
/** The browser test asks modelApplication with these fields and compares the answer with the chart's data. */
export const APPLICATION_FIELDS = `id runId surveyId surveyTitle status error placedCount unplacedCount unplacedReason createdAt
  drift { verdict summary k fittingRespondents waveRespondents expectedMisfitShare misfit { ${SHARE} }
          shareTest { pValue statistic degreesOfFreedom }
          segments { segmentNumber fittingShare shareChange waveShare { ${SHARE} } } notes }`;

const VERDICTS: Record<DriftReport['verdict'], string> = {
  STILL_FITS: 'The model still fits this wave',
  SHARES_CHANGED: 'The segments still fit, but their shares changed',
  NO_LONGER_FITS: 'The model no longer fits this wave',
};
const FINISHED = ['SUCCEEDED', 'FAILED'];
const POLL_MILLIS = 1000;

/**
 * The run's model on the tracker's other waves: for analysts a choice of wave and applyModel, followed until the
 * application has finished; for everyone the run's earlier applications and the drift report of the one chosen
 * (the newest at first).
 */
export function modelApplicationsSection(caller: Caller, run: AppliedRun): HTMLElement {
  const form = h('div', {});
  const history = h('div', { id: 'model-applications' }, h('p', { 'aria-busy': 'true' }, 'Loading earlier applications…'));
  const result = h('div', { id: 'model-application-result', 'aria-live': 'polite' });
  const section = h(
    'section',
    { 'aria-labelledby': 'other-waves', id: 'model-applications-section' },
    h('h2', { id: 'other-waves' }, 'This model on other waves'),
    form,
    result,
    history,
  );
  const follow = (id: string) => void followApplication(id, run, result, refresh);
  const refresh = async () => {
    try {
      const answer = await graphql<{
        survey: { waves: WaveSurvey[] } | null;
        modelApplications: ModelApplication[] | null;
      }>(
        `query ConsoleModelApplications($runId: ID!, $surveyId: ID!) {
          survey(id: $surveyId) { waves { id title status wave { trackerId label number fieldedFrom fieldedTo } } }
          modelApplications(runId: $runId) { id runId surveyId surveyTitle status createdAt drift { verdict } }
        }`,
        { runId: run.id, surveyId: run.surveyId },
      );
      const applications = answer.data?.modelApplications ?? [];
      const others = (answer.data?.survey?.waves ?? []).filter((w) => w.id !== run.surveyId);
      if (caller.canWrite) form.replaceChildren(applyForm(run, others, follow));
      history.replaceChildren(
        answer.errors.length ? h('p', { class: 'warning', role: 'status' }, answer.errors.map(sentence).join(' ')) : '',
        applicationsTable(applications, follow),
      );
      // the newest application's report, unless one is already shown (or being followed)
      if (!result.dataset.following && applications.length > 0) follow(applications[0].id);
    } catch (error) {
      history.replaceChildren(h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
    }
  };
  void refresh();
  return section;
}

function applyForm(run: AppliedRun, others: WaveSurvey[], follow: (id: string) => void): HTMLElement {
  if (others.length === 0) {
    return h(
      'p',
      { class: 'muted', id: 'no-other-waves' },
      'The survey has no other waves yet. Create one on ',
      h('a', { href: `#/surveys/${encodeURIComponent(run.surveyId)}` }, 'the survey page'),
      ', upload its responses, then apply this model to it here.',
    );
  }
  const status = h('span', { role: 'status', id: 'apply-model-status' });
  const select = h(
    'select',
    { id: 'apply-model-survey', name: 'surveyId' },
    ...others.map((w) =>
      h('option', { value: w.id }, `${waveName(w)} (${w.status})`),
    ),
  ) as HTMLSelectElement;
  const button = h('button', { type: 'submit' }, 'Apply model');
  const form = h(
    'form',
    { class: 'write-action', id: 'apply-model', 'data-write': 'apply-model' },
    h('h3', {}, 'Apply this model to another wave'),
    h(
      'p',
      { class: 'muted form-help' },
      "Every respondent of the wave is placed in this run's segments as they were fitted (no new clustering), and the " +
        'wave is compared with the data the model was fitted on.',
    ),
    h('label', { for: 'apply-model-survey' }, 'wave', select),
    button,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.setAttribute('disabled', '');
    status.textContent = ' Starting…';
    try {
      const answer = await graphql<{ applyModel: { id: string } | null }>(
        `mutation ConsoleApplyModel($runId: ID!, $surveyId: ID!) { applyModel(runId: $runId, surveyId: $surveyId) { id } }`,
        { runId: run.id, surveyId: select.value },
      );
      const started = answer.data?.applyModel;
      if (started) {
        status.textContent = '';
        follow(started.id);
      } else {
        status.textContent = ` ${answer.errors.map(sentence).join(' ') || 'The model was not applied.'}`;
      }
    } catch (error) {
      status.textContent = ` ${error instanceof Error ? error.message : String(error)}`;
    }
    button.removeAttribute('disabled');
  });
  return form;
}

/** "Wave 2", or "Wave 2: March 2026" when the label is not just the number. */
function waveName(survey: WaveSurvey): string {
  if (!survey.wave) return survey.title;
  const numbered = `Wave ${survey.wave.number}`;
  return survey.wave.label === numbered ? numbered : `${numbered}: ${survey.wave.label}`;
}

function applicationsTable(applications: ModelApplication[], follow: (id: string) => void): HTMLElement {
  if (applications.length === 0) return h('p', { class: 'muted' }, 'This model has not been applied to any wave yet.');
  return table(
    'Earlier applications of this model, newest first',
    ['applied to', 'started', 'status', 'verdict', ''],
    applications.map((a) => [
      h('a', { href: `#/surveys/${encodeURIComponent(a.surveyId)}` }, a.surveyTitle ?? a.surveyId),
      new Date(a.createdAt).toLocaleString(),
      a.status,
      a.drift ? VERDICTS[a.drift.verdict] : '–',
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-application': a.id, onclick: () => follow(a.id) },
        'Show report',
      ),
    ]),
  );
}

/**
 * Asks modelApplication until it has finished, showing its status meanwhile; then its report. Polling stops by
 * itself when the page is left (the element is no longer in the document) or another application is followed.
 */
async function followApplication(id: string, run: AppliedRun, result: HTMLElement, onFinished: () => Promise<void>) {
  result.dataset.following = id;
  for (;;) {
    if (!result.isConnected || result.dataset.following !== id) return;
    try {
      const answer = await graphql<{ modelApplication: ModelApplication | null }>(
        `query ConsoleModelApplication($id: ID!) { modelApplication(id: $id) { ${APPLICATION_FIELDS} } }`,
        { id },
      );
      if (result.dataset.following !== id) return;
      const application = answer.data?.modelApplication;
      if (!application) {
        result.replaceChildren(
          h('p', { class: 'error', role: 'alert' }, answer.errors[0] ? sentence(answer.errors[0]) : 'Application not found.'),
        );
        return;
      }
      if (FINISHED.includes(application.status)) {
        result.replaceChildren(applicationView(application, run));
        await onFinished();
        return;
      }
      result.replaceChildren(
        h(
          'p',
          { id: 'model-application', 'data-application': id, 'data-status': application.status, role: 'status' },
          `Placing the respondents of ${application.surveyTitle ?? 'the wave'} with this model… (${application.status})`,
        ),
      );
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
      return;
    }
    await new Promise((resolve) => window.setTimeout(resolve, POLL_MILLIS));
  }
}

/** A finished application: the verdict and its sentence, then the shares chart; a failure says why. */
function applicationView(application: ModelApplication, run: AppliedRun): HTMLElement {
  const drift = application.drift;
  const figure = h('figure', {
    class: 'chart-figure',
    id: 'model-application',
    'data-application': application.id,
    'data-status': application.status,
    // the API's answer as it came, for tests and anyone checking the drawing against the numbers
    'data-chart': JSON.stringify(application),
  });
  const wave = application.surveyTitle ?? 'the wave';
  if (application.status === 'FAILED' || !drift) {
    figure.append(
      h('p', { class: 'error', role: 'alert' }, `The model could not be applied to ${wave}: ${application.error ?? 'no reason given.'}`),
    );
    return figure;
  }
  append(
    figure,
    h('h3', {}, `Applied to ${wave}`),
    h('p', { id: 'drift-verdict', 'data-verdict': drift.verdict }, h('strong', {}, VERDICTS[drift.verdict])),
    h('p', { id: 'drift-summary' }, drift.summary),
    h(
      'p',
      { class: 'muted' },
      `${application.placedCount ?? 0} respondents placed` +
        (application.unplacedCount ? `, ${application.unplacedCount} not (${application.unplacedReason ?? 'no reason given'})` : '') +
        ` · fitted on ${drift.fittingRespondents} · respondents who fit no segment well: ${percent(drift.misfit.value)} ` +
        `[${percent(drift.misfit.low)}–${percent(drift.misfit.high)}], ${percent(drift.expectedMisfitShare, 0)} expected` +
        (drift.shareTest ? ` · chi-square test of the shares: p ${drift.shareTest.pValue < 0.001 ? '< 0.001' : `= ${number(drift.shareTest.pValue, 3)}`}` : ''),
    ),
    sharesChart(drift, run),
    ...drift.notes.map((note) => h('p', { class: 'muted' }, note)),
  );
  return figure;
}

/**
 * Per segment the wave's share as a bar with its 95% Wilson interval as an error bar, and the fitting data's share
 * as a diamond: a diamond outside the whisker marks a segment whose share moved beyond the wave's sampling error.
 */
function sharesChart(drift: DriftReport, run: AppliedRun): HTMLElement {
  // the run's labels describe the model's segments only while the run still has the k the model was stored with
  const label = (n: number) => {
    const segment = drift.k === run.chosenK ? run.segments.find((s) => s.number === n) : undefined;
    return segment ? `${n}. ${segment.label}` : `Segment ${n}`;
  };
  const segments = [...drift.segments].sort((a, b) => a.segmentNumber - b.segmentNumber);
  // segment 1 on top, as in the run's segment list
  const rows = [...segments].reverse();
  const canvas = h('div', {
    class: 'chart drift',
    role: 'img',
    'aria-label':
      "Each segment's share of the wave with its 95% interval, against its share of the data the model was fitted on; " +
      'the numbers are in the table below.',
  });
  render(canvas, {
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    grid: { left: 150, right: 24, top: 30, bottom: 24 },
    xAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    yAxis: { type: 'category', data: rows.map((s) => label(s.segmentNumber)), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      {
        name: 'share of the wave',
        type: 'bar',
        itemStyle: { color: BOX },
        data: rows.map((s) => s.waveShare.value),
        tooltip: { valueFormatter: (v: number) => percent(v) },
      },
      intervalSeries('95% interval (wave)', rows.map((s) => s.waveShare)),
      {
        name: 'share of the fitting data',
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: '#111' },
        data: rows.map((s) => s.fittingShare),
        tooltip: { valueFormatter: (v: number) => percent(v) },
        z: 11,
      },
    ],
  });
  return h(
    'div',
    {},
    canvas,
    table(
      'Segment shares: the data the model was fitted on against the wave [95% interval]',
      ['segment', 'fitting data', 'wave', 'change', 'respondents in the wave'],
      segments.map((s) => [
        label(s.segmentNumber),
        percent(s.fittingShare),
        `${percent(s.waveShare.value)} [${percent(s.waveShare.low)}–${percent(s.waveShare.high)}]`,
        `${s.shareChange >= 0 ? '+' : ''}${(s.shareChange * 100).toFixed(1)} points`,
        String(s.waveShare.count),
      ]),
    ),
  );
}

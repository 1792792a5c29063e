import { BOX, intervalSeries, RECOMMENDED, REFERENCE, render } from './charts';
import { append, h, number, percent, table } from './dom';
import { field, showErrors, showFailure, text, whole } from './forms';
import { graphql, sentence } from './graphql';

/** A rate with its Wilson 95% interval, lift and test, all computed by the API (persona-service). */
export interface RateComparison {
  successes: number;
  trials: number;
  rate: number;
  low: number;
  high: number;
  lift: number | null;
  pValue: number | null;
  significant: boolean;
}

export interface SegmentPerformance {
  personaId: string | null;
  personaName: string;
  results: number;
  sent: number;
  revenue: number;
  revenuePerSent: number;
  openRate: RateComparison;
  clickRate: RateComparison;
  conversionRate: RateComparison;
}

export interface CampaignPerformance {
  campaign: string | null;
  runId: string | null;
  conversionChiSquarePValue: number | null;
  /** The campaigns counted; asked without a campaign, every campaign of the run. */
  campaigns: string[];
  total: SegmentPerformance;
  segments: SegmentPerformance[];
}

const RATE = 'successes trials rate low high lift pValue significant';
const PERFORMANCE =
  'personaId personaName results sent revenue revenuePerSent ' +
  `openRate { ${RATE} } clickRate { ${RATE} } conversionRate { ${RATE} }`;
/** The browser test asks campaignPerformance with these fields and compares the answer with the chart's data. */
export const PERFORMANCE_FIELDS = `campaign campaigns runId conversionChiSquarePValue total { ${PERFORMANCE} } segments { ${PERFORMANCE} }`;

const RATES: ['openRate' | 'clickRate' | 'conversionRate', string][] = [
  ['openRate', 'Open rate'],
  ['clickRate', 'Click rate'],
  ['conversionRate', 'Conversion rate'],
];

/** A form recording one campaign outcome for the persona's segment; the API checks the counts (opened ≤ sent, ...). */
export function recordCampaignForm(personaId: string, onRecorded: () => void): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status', id: 'record-campaign-status' });
  const form = h(
    'form',
    { class: 'write-action', id: 'record-campaign', 'data-write': 'record-campaign', novalidate: true },
    h('h3', {}, 'Record a campaign result'),
    field('campaign', 'campaign', 'Campaign', { required: true, placeholder: 'spring-offer' }),
    field('campaign', 'channel', 'Channel', { required: true, placeholder: 'email' }),
    field('campaign', 'period', 'Period', { required: true, placeholder: '2026-Q3' }),
    field('campaign', 'sent', 'Sent', { type: 'number', min: 0, step: 1, inputmode: 'numeric' }),
    field('campaign', 'opened', 'Opened', { type: 'number', min: 0, step: 1, inputmode: 'numeric' }),
    field('campaign', 'clicked', 'Clicked', { type: 'number', min: 0, step: 1, inputmode: 'numeric' }),
    field('campaign', 'converted', 'Converted', { type: 'number', min: 0, step: 1, inputmode: 'numeric' }),
    field('campaign', 'revenue', 'Revenue (optional)', { type: 'number', min: 0, step: 'any' }),
    h('button', { type: 'submit' }, 'Record'),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = new FormData(form as HTMLFormElement);
    const revenue = String(values.get('revenue') ?? '').trim();
    const input = {
      personaId,
      campaign: text(values, 'campaign') ?? '',
      channel: text(values, 'channel') ?? '',
      period: text(values, 'period') ?? '',
      sent: whole(values, 'sent') ?? 0,
      opened: whole(values, 'opened') ?? 0,
      clicked: whole(values, 'clicked') ?? 0,
      converted: whole(values, 'converted') ?? 0,
      revenue: revenue === '' ? undefined : Number(revenue),
    };
    status.textContent = 'Recording…';
    try {
      const answer = await graphql<{ recordCampaignResult: { id: string; campaign: string } | null }>(
        `mutation ConsoleRecordCampaignResult($input: CampaignResultInput!) { recordCampaignResult(input: $input) { id campaign } }`,
        { input },
      );
      if (!answer.data?.recordCampaignResult) {
        showErrors(form, status, answer.errors, 'The result was not recorded.');
        return;
      }
      showErrors(form, status, [], `Recorded for campaign ${answer.data.recordCampaignResult.campaign}.`);
      onRecorded();
    } catch (error) {
      showFailure(form, status, error);
    }
  });
  return form;
}

/**
 * Fetches campaignPerformance for a run and shows it, with a choice of one campaign or all of them (the campaigns are
 * those of the unfiltered answer); the returned element is replaced in place on refresh.
 */
export function performanceSection(runId: string, personaId: string): { element: HTMLElement; refresh: () => Promise<void> } {
  const body = h('div', { id: 'campaign-performance-body' }, h('p', { 'aria-busy': 'true' }, 'Loading the campaign results…'));
  let chosen = '';
  let refocus = false;
  const ask = (campaign: string) =>
    graphql<{ campaignPerformance: CampaignPerformance | null }>(
      `query ConsoleCampaignPerformance($runId: String, $campaign: String) {
        campaignPerformance(runId: $runId, campaign: $campaign) { ${PERFORMANCE_FIELDS} }
      }`,
      { runId, campaign: campaign || null },
    );
  // a newer refresh (another campaign chosen meanwhile) wins: an older answer arriving late is dropped
  let latest = 0;
  const refresh = async () => {
    const mine = ++latest;
    try {
      // every campaign of the run for the choice, then the chosen one's figures (one request when all are shown)
      const all = await ask('');
      const campaigns = all.data?.campaignPerformance?.campaigns ?? [];
      if (!campaigns.includes(chosen)) chosen = '';
      const answer = chosen ? await ask(chosen) : all;
      if (mine !== latest) return;
      const performance = answer.data?.campaignPerformance;
      if (!performance) {
        body.replaceChildren(
          h('p', { class: 'error', role: 'alert' }, answer.errors[0] ? sentence(answer.errors[0]) : 'No campaign results.'),
        );
        return;
      }
      const choice =
        campaigns.length > 1
          ? campaignChoice(campaigns, chosen, (campaign) => {
              chosen = campaign;
              refocus = true;
              void refresh();
            })
          : null;
      body.replaceChildren();
      append(body, choice, performanceChart(performance, personaId));
      // the choice is drawn anew with the chart: a keyboard user's focus goes back to it
      if (refocus) choice?.querySelector('select')?.focus();
      refocus = false;
    } catch (error) {
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
    }
  };
  void refresh();
  return { element: body, refresh };
}

/** A choice of campaign for the performance chart: all campaigns together, or one. */
function campaignChoice(campaigns: string[], chosen: string, onChoose: (campaign: string) => void): HTMLElement {
  const select = h(
    'select',
    { id: 'campaign-filter', name: 'campaign', onchange: (event: Event) => onChoose((event.target as HTMLSelectElement).value) },
    h('option', { value: '', selected: chosen === '' }, 'All campaigns'),
    ...campaigns.map((c) => h('option', { value: c, selected: c === chosen }, c)),
  );
  return h('p', {}, h('label', { for: 'campaign-filter' }, 'Campaign ', select));
}

function rateText(r: RateComparison): string {
  const lift = r.lift === null ? '' : `, lift ${r.lift >= 0 ? '+' : ''}${(r.lift * 100).toFixed(0)}%`;
  const test = r.pValue === null ? '' : `, p = ${r.pValue < 0.001 ? '< 0.001' : number(r.pValue, 3)}${r.significant ? ' (significant)' : ''}`;
  return `${percent(r.rate)} [${percent(r.low)}–${percent(r.high)}]${lift}${test}`;
}

/**
 * The performance of a run's personas in their campaigns: per rate, each persona's rate as a bar with its Wilson 95%
 * interval as an error bar and the all-segment rate as a line; lift and test in the table. Every number is the
 * API's (nothing is recomputed here); the answer itself is on the figure as data-chart JSON.
 */
export function performanceChart(performance: CampaignPerformance, personaId: string): HTMLElement {
  const figure = h('figure', {
    class: 'chart-figure',
    id: 'campaign-performance',
    'data-chart': JSON.stringify(performance),
    'data-campaign': performance.campaign ?? '',
    'data-results': performance.total.results,
  });
  if (performance.total.results === 0) {
    figure.append(h('p', { class: 'muted' }, 'No campaign results are recorded for the personas of this run yet.'));
    return figure;
  }
  const segments = performance.segments;
  const grid = h('div', { class: 'descriptor-grid' });
  // the personas top to bottom in the API's order, then all segments together (grey): every rate with its interval
  const rows = [...segments, performance.total].reverse();
  const names = rows.map((s) => (s === performance.total ? 'all segments' : s.personaName));
  const colour = (s: SegmentPerformance) =>
    s === performance.total ? REFERENCE : s.personaId === personaId ? RECOMMENDED : BOX;
  for (const [key, title] of RATES) {
    const canvas = h('div', {
      class: 'chart campaign',
      role: 'img',
      'aria-label': `${title} per persona with Wilson 95% intervals against the all-segment rate of ${percent(
        performance.total[key].rate,
      )}; the numbers are in the table below.`,
    });
    const all = h('span', { class: 'muted' }, ` · all segments ${percent(performance.total[key].rate)}`);
    grid.append(h('div', {}, h('h4', { class: 'chart-title' }, title, all), canvas));
    render(canvas, {
      aria: { enabled: true },
      // drawn at once: the bars and their error bars appear together, and screenshots never catch them half-grown
      animation: false,
      tooltip: { trigger: 'item' },
      grid: { left: 110, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      yAxis: { type: 'category', data: names },
      series: [
        {
          name: title,
          type: 'bar',
          data: rows.map((s) => ({ value: s[key].rate, itemStyle: { color: colour(s) } })),
          tooltip: { valueFormatter: (v: number) => percent(v) },
        },
        intervalSeries('Wilson 95% interval', rows.map((s) => s[key])),
      ],
    });
  }
  append(
    figure,
    grid,
    table(
      'Campaign results per persona: rate [Wilson 95% interval], lift against the all-segment rate, and its test',
      ['persona', 'results', 'sent', 'open rate', 'click rate', 'conversion rate', 'revenue per sent'],
      [...segments, performance.total].map((s) => [
        s === performance.total ? h('strong', {}, 'all segments') : s.personaId === personaId ? h('strong', {}, s.personaName) : s.personaName,
        String(s.results),
        String(s.sent),
        rateText(s.openRate),
        rateText(s.clickRate),
        rateText(s.conversionRate),
        number(s.revenuePerSent),
      ]),
    ),
    performance.conversionChiSquarePValue === null
      ? null
      : h(
          'p',
          { class: 'muted' },
          `Conversion differs between personas: chi-square test p = ${
            performance.conversionChiSquarePValue < 0.001 ? '< 0.001' : number(performance.conversionChiSquarePValue, 3)
          }.`,
        ),
  );
  return figure;
}

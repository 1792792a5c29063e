import type { EChartsCoreOption } from 'echarts/core';
import { h, number, table } from './dom';

export interface Candidate {
  k: number;
  stabilityReplicates: number[];
  stabilityMedian: number | null;
  stabilityFirstQuartile: number | null;
  stabilityThirdQuartile: number | null;
  referenceStabilityMedian: number | null;
  silhouette: number | null;
  recommended: boolean;
  mostStableSplit: boolean;
}

export interface ProfileEntry {
  questionCode: string;
  questionText: string;
  segmentMean: number;
  overallMean: number;
  marker: boolean;
}

export const RECOMMENDED = '#b3261e';
export const BOX = '#1f5fa8';
export const REFERENCE = '#6b6b6b';
/** The silhouette line of the k-choice chart: green, apart from the stability boxes and the reference. */
export const SILHOUETTE = '#2e7d32';

/**
 * The k-choice chart: bootstrap stability (adjusted Rand index) per k as boxplots, the structureless reference's
 * median beside each box, the recommended k in red. The numbers drawn are on the element as data-chart JSON and in
 * a table under the chart.
 */
export function kChoiceChart(candidates: Candidate[]): HTMLElement {
  const sorted = [...candidates].sort((a, b) => a.k - b.k);
  const boxes = sorted.map((c) => {
    const replicates = c.stabilityReplicates;
    const low = replicates.length ? Math.min(...replicates) : null;
    const high = replicates.length ? Math.max(...replicates) : null;
    return [low, c.stabilityFirstQuartile, c.stabilityMedian, c.stabilityThirdQuartile, high];
  });
  const data = {
    kind: 'k-choice',
    candidates: sorted.map((c, i) => ({
      k: c.k,
      stabilityMedian: c.stabilityMedian,
      referenceStabilityMedian: c.referenceStabilityMedian,
      silhouette: c.silhouette,
      recommended: c.recommended,
      box: boxes[i],
    })),
  };
  const labels = sorted.map((c) => (c.recommended ? `k=${c.k}\nrecommended` : `k=${c.k}`));
  const canvas = h('div', {
    class: 'chart',
    role: 'img',
    'aria-label': `Bootstrap stability per number of segments; recommended k is ${
      sorted.find((c) => c.recommended)?.k ?? 'not set'
    }. The numbers are in the table below.`,
  });
  const figure = h(
    'figure',
    { class: 'chart-figure', 'data-chart': JSON.stringify(data), id: 'k-choice-chart' },
    canvas,
    table(
      'Stability per k (median adjusted Rand index over bootstrap pairs)',
      ['k', 'stability median', 'structureless median', 'silhouette', 'recommended'],
      sorted.map((c) => [
        String(c.k),
        number(c.stabilityMedian),
        number(c.referenceStabilityMedian),
        number(c.silhouette, 3),
        c.recommended ? 'yes' : '',
      ]),
    ),
  );
  render(canvas, {
    aria: { enabled: true },
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    // every k labelled, also on a phone
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
    // stability (ARI) on the left; the silhouette, another scale that also reads "higher is better", on the right
    yAxis: [
      { type: 'value', name: 'ARI', min: 0, max: 1 },
      {
        type: 'value',
        name: 'silhouette',
        // a silhouette can be negative (points nearer another segment than their own): the axis then goes below 0
        min: (extent: { min: number }) => Math.min(0, Math.floor(extent.min * 10) / 10),
        max: 1,
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: 'bootstrap stability',
        type: 'boxplot',
        data: boxes.map((box, i) => ({
          value: box,
          itemStyle: { borderColor: sorted[i].recommended ? RECOMMENDED : BOX, borderWidth: sorted[i].recommended ? 3 : 1 },
        })),
      },
      {
        name: 'structureless data (median)',
        type: 'scatter',
        symbol: 'diamond',
        itemStyle: { color: REFERENCE },
        data: sorted.map((c) => c.referenceStabilityMedian),
      },
      {
        name: 'silhouette',
        type: 'line',
        yAxisIndex: 1,
        symbol: 'circle',
        lineStyle: { type: 'dashed' },
        itemStyle: { color: SILHOUETTE },
        // a k without a silhouette (k = 1, or not computed) leaves a gap rather than a zero
        data: sorted.map((c) => (c.silhouette === null ? '-' : c.silhouette)),
      },
    ],
  });
  return figure;
}

/**
 * A segment's profile in the MSA style: per basis question the segment's mean as a bar and the overall mean as a
 * dot; marker questions (clearly different from the rest) are drawn in full colour, the others pale.
 */
export function profileChart(segmentNumber: number, label: string, entries: ProfileEntry[]): HTMLElement {
  const data = {
    kind: 'segment-profile',
    segment: segmentNumber,
    entries: entries.map((e) => ({
      questionCode: e.questionCode,
      segmentMean: e.segmentMean,
      overallMean: e.overallMean,
      marker: e.marker,
    })),
  };
  const canvas = h('div', {
    class: 'chart profile',
    role: 'img',
    'aria-label': `Profile of segment ${segmentNumber} (${label}) against all respondents; the numbers are in the table below.`,
  });
  const figure = h(
    'figure',
    { class: 'chart-figure', 'data-chart': JSON.stringify(data), 'data-segment': segmentNumber },
    canvas,
    table(
      `Segment ${segmentNumber}: mean per basis question against the overall mean (markers highlighted)`,
      ['question', 'segment mean', 'overall mean', 'marker'],
      entries.map((e) => [e.questionText || e.questionCode, number(e.segmentMean), number(e.overallMean), e.marker ? 'marker' : '']),
    ),
  );
  // questions top to bottom in the survey's order, as the MSA book draws them
  const reversed = [...entries].reverse();
  render(canvas, {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 110, right: 16, top: 30, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: reversed.map((e) => e.questionCode) },
    series: [
      {
        name: `segment ${segmentNumber}`,
        type: 'bar',
        // the legend shows the plain bar; markers are coloured per bar below
        itemStyle: { color: '#c9c9c9' },
        data: reversed.map((e) => ({
          value: e.segmentMean,
          itemStyle: { color: e.marker ? RECOMMENDED : '#c9c9c9' },
        })),
      },
      {
        name: 'all respondents',
        type: 'scatter',
        symbolSize: 9,
        itemStyle: { color: '#111' },
        data: reversed.map((e) => e.overallMean),
      },
    ],
  });
  return figure;
}

/**
 * Error bars for a chart with categories on the y axis (row i is category i): per row the API's interval ends, drawn
 * as a whisker with caps over the row's bar. ECharts has no error-bar series; a custom series draws them from the
 * numbers as given, so nothing is recomputed here.
 */
export function intervalSeries(name: string, intervals: { low: number; high: number }[]) {
  return {
    name,
    type: 'custom',
    // the legend's swatch in the whiskers' colour
    itemStyle: { color: '#111' },
    encode: { x: [0, 1], y: 2 },
    data: intervals.map((r, i) => [r.low, r.high, i]),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    renderItem: (_params: unknown, api: any) => {
      const row = api.value(2);
      const low = api.coord([api.value(0), row]);
      const high = api.coord([api.value(1), row]);
      const cap = api.size([0, 1])[1] * 0.15;
      const style = { stroke: '#111', lineWidth: 1.5 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
          { type: 'line', shape: { x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap }, style },
          { type: 'line', shape: { x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap }, style },
        ],
      };
    },
    z: 10,
  };
}

let library: Promise<typeof import('./echarts-setup')> | undefined;

/** ECharts, loaded once, on the first chart (a separate chunk: the first screen does not wait for it). */
function echartsLibrary(): Promise<typeof import('./echarts-setup')> {
  library ??= import('./echarts-setup');
  return library;
}

/**
 * Draws once ECharts is loaded and the element is in the page (ECharts needs its size), and again when the window
 * changes size. The chart's numbers are already on the element (data-chart) and in its table before it is drawn.
 */
export function render(element: HTMLElement, option: EChartsCoreOption): void {
  void echartsLibrary().then(({ echarts }) =>
    requestAnimationFrame(() => {
      const chart = echarts.init(element, undefined, { renderer: 'svg' });
      chart.setOption(option);
      const resize = () => chart.resize();
      window.addEventListener('resize', resize);
      new MutationObserver((_, observer) => {
        if (!element.isConnected) {
          window.removeEventListener('resize', resize);
          chart.dispose();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    }),
  );
}

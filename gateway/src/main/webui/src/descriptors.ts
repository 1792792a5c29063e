import { BOX, REFERENCE, render } from './charts';
import { h, number, percent, table } from './dom';

/** A segment's breakdown of one descriptor question, as Segment.descriptors gives it. */
export interface Descriptor {
  questionCode: string;
  questionText: string;
  kind: string;
  test: string;
  pValue: number | null;
  segmentMean: number | null;
  overallMean: number | null;
  categories: { label: string; count: number; segmentShare: number; overallShare: number }[];
}

/** The fields the run page asks for; the browser test asks the same, so the page's data compares one to one. */
export const DESCRIPTOR_FIELDS =
  'questionCode questionText kind test pValue segmentMean overallMean categories { label count segmentShare overallShare }';

/** The p-value as the API gives it; "not tested" when the test was not defined. */
export function pValueText(pValue: number | null): string {
  if (pValue === null) return 'not tested';
  return pValue < 0.001 ? 'p < 0.001' : `p = ${number(pValue, 3)}`;
}

function testLine(d: Descriptor): string {
  return `${d.test || 'test'}: ${pValueText(d.pValue)}`;
}

/**
 * The descriptors of one segment (questions that describe the segments without forming them: age, gender, visit
 * frequency...): per question the segment's shares (or mean) against all respondents' with the API's test of
 * association. The API's answer is on the figure as data-chart JSON, and every number is in a table.
 */
export function descriptorCharts(segmentNumber: number, label: string, descriptors: Descriptor[]): HTMLElement {
  const figure = h(
    'figure',
    {
      class: 'chart-figure descriptors',
      'data-chart': JSON.stringify({ kind: 'segment-descriptors', segment: segmentNumber, descriptors }),
      'data-descriptors': segmentNumber,
    },
    h('figcaption', {}, h('strong', {}, `Descriptors of segment ${segmentNumber}`), h('span', { class: 'muted' }, ` (${label})`)),
  );
  if (descriptors.length === 0) {
    figure.append(h('p', { class: 'muted' }, 'The survey has no descriptor questions, so there is nothing to describe the segment by.'));
    return figure;
  }
  const grid = h('div', { class: 'descriptor-grid' });
  figure.append(grid);
  for (const d of descriptors) grid.append(d.kind === 'NUMERIC' ? numeric(segmentNumber, d) : categorical(segmentNumber, d));
  return figure;
}

/** The chart's title in the page (not drawn by ECharts): the question and its test. */
function heading(d: Descriptor): HTMLElement {
  return h('h4', { class: 'chart-title' }, d.questionText || d.questionCode, h('span', { class: 'muted' }, ` · ${testLine(d)}`));
}

function categorical(segmentNumber: number, d: Descriptor): HTMLElement {
  const question = d.questionText || d.questionCode;
  const canvas = h('div', {
    class: 'chart descriptor',
    role: 'img',
    'aria-label': `${question}: shares in segment ${segmentNumber} against all respondents (${testLine(d)}); the numbers are in the table below.`,
  });
  // ECharts draws categories bottom-up; reversed, they read top-down in the API's order
  const reversed = [...d.categories].reverse();
  render(canvas, {
    aria: { enabled: true },
    // drawn at once: many small charts growing one after another only distract (and screenshots catch them half-way)
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v.toFixed(1)}%` },
    legend: { top: 0, right: 0 },
    grid: { left: 100, right: 16, top: 30, bottom: 24 },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: reversed.map((c) => c.label) },
    series: [
      { name: `segment ${segmentNumber}`, type: 'bar', itemStyle: { color: BOX }, data: reversed.map((c) => c.segmentShare * 100) },
      { name: 'all', type: 'bar', itemStyle: { color: REFERENCE }, data: reversed.map((c) => c.overallShare * 100) },
    ],
  });
  return h(
    'div',
    { class: 'descriptor-item', 'data-descriptor': d.questionCode },
    heading(d),
    canvas,
    table(
      `${question}: share in segment ${segmentNumber} against all respondents (${testLine(d)})`,
      ['answer', 'respondents in segment', 'segment share', 'overall share'],
      d.categories.map((c) => [c.label, String(c.count), percent(c.segmentShare), percent(c.overallShare)]),
    ),
  );
}

function numeric(segmentNumber: number, d: Descriptor): HTMLElement {
  const question = d.questionText || d.questionCode;
  const canvas = h('div', {
    class: 'chart descriptor numeric',
    role: 'img',
    'aria-label': `${question}: mean in segment ${segmentNumber} against all respondents (${testLine(d)}); the numbers are in the table below.`,
  });
  render(canvas, {
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 100, right: 16, top: 30, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ['all', `segment ${segmentNumber}`] },
    series: [
      {
        name: 'mean',
        type: 'bar',
        data: [
          { value: d.overallMean, itemStyle: { color: REFERENCE } },
          { value: d.segmentMean, itemStyle: { color: BOX } },
        ],
      },
    ],
  });
  return h(
    'div',
    { class: 'descriptor-item', 'data-descriptor': d.questionCode },
    heading(d),
    canvas,
    table(
      `${question}: mean in segment ${segmentNumber} against all respondents (${testLine(d)})`,
      ['segment mean', 'overall mean', 'test', 'p-value'],
      [[number(d.segmentMean), number(d.overallMean), d.test, pValueText(d.pValue)]],
    ),
  );
}

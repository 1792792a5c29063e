import { h, percent, table } from './dom';
import { graphql, sentence } from './graphql';

interface QuestionQuality {
  questionCode: string;
  missingCount: number;
  missingShare: number;
  outOfRangeCount: number;
}

export interface DataQualityReport {
  responseCount: number;
  straightLinerCount: number;
  straightLiners: string[];
  duplicateResponseCount: number;
  duplicateGroupCount: number;
  questions: QuestionQuality[];
}

export const DATA_QUALITY_FIELDS = `responseCount straightLinerCount straightLiners duplicateResponseCount duplicateGroupCount
  questions { questionCode missingCount missingShare outOfRangeCount }`;

/**
 * The survey's data-quality report: what to drop, impute or keep before a run. The section reloads itself after an
 * import (refresh), so the numbers are those of the data a run would read.
 */
export function dataQualitySection(
  surveyId: string,
  initial: DataQualityReport | null,
): { element: HTMLElement; refresh: () => Promise<void> } {
  const body = h('div', {});
  const element = h(
    'section',
    { 'aria-labelledby': 'data-quality', id: 'data-quality-section' },
    h('h2', { id: 'data-quality' }, 'Data quality'),
    body,
  );
  const render = (report: DataQualityReport | null) => body.replaceChildren(...reportView(report));
  render(initial);
  const refresh = async () => {
    try {
      const answer = await graphql<{ dataQuality: DataQualityReport | null }>(
        `query ConsoleDataQuality($id: ID!) { dataQuality(surveyId: $id) { ${DATA_QUALITY_FIELDS} } }`,
        { id: surveyId },
      );
      if (answer.data?.dataQuality) render(answer.data.dataQuality);
      else body.replaceChildren(h('p', { class: 'error' }, answer.errors[0] ? sentence(answer.errors[0]) : 'Not available.'));
    } catch (error) {
      body.replaceChildren(h('p', { class: 'error' }, error instanceof Error ? error.message : String(error)));
    }
  };
  return { element, refresh };
}

function reportView(report: DataQualityReport | null): HTMLElement[] {
  if (!report) return [h('p', { class: 'muted' }, 'The data-quality report could not be loaded.')];
  if (report.responseCount === 0) {
    return [h('p', { id: 'data-quality-summary', 'data-responses': 0 }, 'No responses yet: nothing to check.')];
  }
  const straight =
    report.straightLinerCount === 0
      ? 'no straight-liners'
      : `${report.straightLinerCount} straight-liners (the same answer to every question)`;
  const duplicates =
    report.duplicateResponseCount === 0
      ? 'no duplicate responses'
      : `${report.duplicateResponseCount} responses in ${report.duplicateGroupCount} groups of identical answers`;
  return [
    h(
      'p',
      { id: 'data-quality-summary', 'data-responses': report.responseCount },
      `${report.responseCount} responses · ${straight} · ${duplicates}.`,
    ),
    table(
      'Missing and out-of-range answers per question',
      ['question', 'missing', 'missing share', 'out of range'],
      report.questions.map((q) => [q.questionCode, String(q.missingCount), percent(q.missingShare), String(q.outOfRangeCount)]),
    ),
    report.straightLiners.length === 0
      ? null
      : h(
          'details',
          {},
          h('summary', {}, `Straight-liners (${report.straightLiners.length === report.straightLinerCount ? 'all' : `first ${report.straightLiners.length}`})`),
          h('p', { class: 'muted' }, report.straightLiners.join(', ')),
        ),
  ].filter((e): e is HTMLElement => e !== null);
}

import { accessToken } from './auth';
import { h, table } from './dom';
import { choice, clearErrors, field, showErrors } from './forms';
import { sentence, type GraphQLError } from './graphql';

/** What POST /surveys/{id}/imports answers for a file it read (200 IMPORTED, 422 REJECTED). */
interface ImportReport {
  status: 'IMPORTED' | 'REJECTED';
  rowsRead: number;
  rowsWritten: number;
  rowsUnchanged: number;
  durationMillis: number;
  errors: { row: number; column: string | null; value: string | null; reason: string }[];
  errorsTruncated: boolean;
  ignoredColumns: string[];
}

/** What it answers for a request it refused as a whole (bad options, survey not open, no access). */
interface Refusal {
  code?: string;
  message?: string;
  field?: string;
}

const FORMATS: [string, string][] = [
  ['', 'from the file name'],
  ['CSV', 'CSV'],
  ['NDJSON', 'NDJSON (one JSON object per line)'],
];

/**
 * Uploads a CSV or NDJSON file to an OPEN survey through the import endpoint, with the user's token, showing the
 * upload's progress; then the rows written (and columns ignored), or why the file was refused, row by row.
 */
export function uploadForm(surveyId: string, onImported: () => void): HTMLElement {
  const progress = h('progress', { max: 100, value: 0, 'aria-label': 'upload progress', hidden: true }) as HTMLProgressElement;
  const progressText = h('span', { 'aria-live': 'polite' });
  const status = h('p', { role: 'status', class: 'form-status', id: 'import-status' });
  const result = h('div', { id: 'import-result' });
  const file = h('input', {
    id: 'import-file',
    name: 'file',
    type: 'file',
    required: true,
    accept: '.csv,.ndjson,.jsonl,.txt,text/csv,application/x-ndjson',
  }) as HTMLInputElement;
  const form = h(
    'form',
    { class: 'write-action', id: 'import', 'data-write': 'import' },
    h('h2', {}, 'Upload responses'),
    h(
      'p',
      { class: 'muted form-help' },
      'A CSV file with a header row of question codes, or NDJSON. The whole file is written, or nothing.',
    ),
    h('label', { for: 'import-file' }, 'file', file),
    choice('import', 'format', 'format', FORMATS, ''),
    field('import', 'respondentIdColumn', 'respondent id column', { type: 'text', placeholder: 'respondent_id' }),
    field('import', 'rowIdPrefix', 'or ids from row numbers, prefix', { type: 'text', placeholder: 'e.g. r-' }),
    field('import', 'missing', 'codes for "not answered"', { type: 'text', placeholder: 'e.g. *:-99 q7:0' }),
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'unknownColumns', value: 'IGNORE', id: 'import-unknownColumns' }),
      ' ignore columns that are no question',
      h('span', { class: 'field-error', 'data-field-error': 'unknownColumns' }),
    ),
    h('button', { type: 'submit' }, 'Upload'),
    h('p', { class: 'upload-progress' }, progress, progressText),
    status,
    result,
  ) as HTMLFormElement;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const chosen = file.files?.[0];
    if (!chosen) {
      status.textContent = 'Choose a file first.';
      return;
    }
    const token = await accessToken();
    if (!token) {
      status.textContent = sentence({ message: '', extensions: { code: 'UNAUTHORIZED' } });
      return;
    }
    const values = new FormData(form);
    const format = String(values.get('format') ?? '') || (/\.(ndjson|jsonl)$/i.test(chosen.name) ? 'NDJSON' : 'CSV');
    const query = new URLSearchParams({ format });
    const idColumn = String(values.get('respondentIdColumn') ?? '').trim();
    const prefix = String(values.get('rowIdPrefix') ?? '').trim();
    if (idColumn) query.set('respondentIdColumn', idColumn);
    if (prefix) query.set('rowIdPrefix', prefix);
    if (values.get('unknownColumns')) query.set('unknownColumns', 'IGNORE');
    for (const code of String(values.get('missing') ?? '').split(/[\s,]+/).filter(Boolean)) query.append('missing', code);

    const button = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `Uploading ${chosen.name}…`;
    const answer = await send(
      `/surveys/${encodeURIComponent(surveyId)}/imports?${query}`,
      token,
      format === 'NDJSON' ? 'application/x-ndjson' : 'text/csv',
      chosen,
      (share) => {
        progress.value = Math.round(share * 100);
        progressText.textContent = ` ${progress.value}%`;
        // all bytes sent: the service now checks and writes every row, which takes a moment on a large file
        if (share >= 1) status.textContent = 'Uploaded; checking and writing the rows…';
      },
    );
    button.disabled = false;
    progress.hidden = true;
    progressText.textContent = '';
    if (answer.report?.status === 'IMPORTED') {
      status.textContent = '';
      result.replaceChildren(imported(answer.report));
      onImported();
    } else if (answer.report?.status === 'REJECTED') {
      status.textContent = '';
      result.replaceChildren(...rejected(answer.report));
    } else {
      const refusal = answer.refusal;
      const error: GraphQLError = {
        message: refusal?.message ?? '',
        extensions: { code: refusal?.code ?? codeOf(answer.status), field: refusal?.field },
      };
      showErrors(form, status, [error], '');
      if (!refusal?.code) status.textContent = whyNot(answer.status);
    }
  });
  return form;
}

function imported(report: ImportReport): HTMLElement {
  return h(
    'div',
    { class: 'success', role: 'status', 'data-import-status': report.status, 'data-rows-written': report.rowsWritten },
    h(
      'p',
      { id: 'import-rows-written' },
      `Imported: ${report.rowsWritten} of ${report.rowsRead} rows written` +
        (report.rowsUnchanged > 0 ? `, ${report.rowsUnchanged} unchanged (already stored as they are)` : '') +
        ` in ${(report.durationMillis / 1000).toFixed(1)} s.`,
    ),
    report.ignoredColumns.length === 0
      ? null
      : h('p', { id: 'import-ignored-columns' }, `Columns not read: ${report.ignoredColumns.join(', ')}.`),
  );
}

function rejected(report: ImportReport): HTMLElement[] {
  const count = report.errors.length;
  return [
    h(
      'p',
      { class: 'error', role: 'alert', 'data-import-status': report.status },
      `The file was refused and nothing was written: ${count} ${count === 1 ? 'problem' : 'problems'} found` +
        (report.errorsTruncated ? ' (the first ones; there are more).' : '.') +
        ' Correct the rows below (row 0 is the header) and upload the file again.',
    ),
    h(
      'div',
      { id: 'import-errors' },
      table(
        'Problems in the file',
        ['row', 'column', 'value', 'problem'],
        report.errors.map((e) => [String(e.row), e.column ?? '(whole row)', e.value ?? '', e.reason]),
      ),
    ),
    report.ignoredColumns.length === 0 ? h('span', {}) : h('p', {}, `Columns not read: ${report.ignoredColumns.join(', ')}.`),
  ];
}

interface Answer {
  status: number;
  report?: ImportReport;
  refusal?: Refusal;
}

/** XMLHttpRequest rather than fetch: only it reports the upload's progress. */
function send(url: string, token: string, contentType: string, body: Blob, onProgress: (share: number) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let json: unknown = null;
      try {
        json = JSON.parse(request.responseText);
      } catch {
        // not JSON: the status alone says what happened
      }
      const answer: Answer = { status: request.status };
      if (json && typeof json === 'object' && 'status' in json && 'errors' in json) answer.report = json as ImportReport;
      else if (json && typeof json === 'object') answer.refusal = json as Refusal;
      resolve(answer);
    });
    request.addEventListener('error', () => resolve({ status: 0 }));
    request.addEventListener('abort', () => resolve({ status: 0 }));
    request.send(body);
  });
}

function codeOf(status: number): string {
  switch (status) {
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'UNAVAILABLE';
    default:
      return '';
  }
}

function whyNot(status: number): string {
  if (status === 0) return 'The upload did not reach the gateway. Check your connection and try again.';
  if (status === 413) return 'The file is larger than an import may be. Split it and upload the parts one by one.';
  const code = codeOf(status);
  return code ? sentence({ message: '', extensions: { code } }) : `The import failed (HTTP ${status}).`;
}

import type { Caller } from './auth';
import { append, h, number } from './dom';
import { graphql, sentence } from './graphql';
import { CARD_SECTIONS, sectionSelection, statementsAt } from './sections';

export interface PersonaCard {
  id: string;
  name: string;
  status: string;
  archetypes: string[];
  avatarSvg: string;
  tagline: { text: string } | null;
  /** Fields a person edited ("name", "TAGLINE", ...): regeneration keeps them. Absent on the run page's cards. */
  lockedFields?: string[];
}

/** A badge beside a field a person edited: regeneration from a new run keeps it as edited. */
export function lockedBadge(field: string, locked: string[] | undefined): HTMLElement | null {
  if (!locked?.includes(field)) return null;
  return h(
    'span',
    { class: 'badge locked', 'data-locked': field, title: 'Edited by a person: regeneration keeps it' },
    'locked',
  );
}

interface Evidence {
  kind: string;
  questionCode: string;
  questionText: string;
  category: string | null;
  segmentValue: number;
  overallValue: number;
  test: string | null;
  pValue: number | null;
  significant: boolean;
}

interface Statement {
  text: string;
  origin: string;
  evidence: Evidence[];
}

const STATEMENT = 'text origin evidence { kind questionCode questionText category segmentValue overallValue test pValue significant }';
const PERSONA_EVIDENCE = `query ConsolePersonaEvidence($id: ID!) {
  persona(id: $id) { id ${sectionSelection(CARD_SECTIONS, STATEMENT)} }
}`;

const FORMATS: [string, string][] = [
  ['MARKDOWN', 'Markdown'],
  ['JSON', 'JSON'],
  ['HTML', 'HTML card'],
];

/** A persona card: avatar, name, tagline; export for every reader, publish for analysts, evidence on demand. */
export function personaCard(caller: Caller, segmentNumber: number, persona: PersonaCard): HTMLElement {
  const status = h('p', { role: 'status', class: 'muted' });
  return h(
    'article',
    { class: 'card', 'data-persona': persona.id },
    // the avatar is an image, so its SVG can never run anything in the page
    h('img', {
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(persona.avatarSvg)}`,
      alt: '',
      width: 72,
      height: 72,
    }),
    h('h3', {}, persona.name, ' ', lockedBadge('name', persona.lockedFields)),
    h('p', { class: 'muted' }, `segment ${segmentNumber} · ${persona.archetypes.join(', ')}`),
    persona.tagline
      ? h('p', { class: 'tagline' }, `“${persona.tagline.text}”`, ' ', lockedBadge('TAGLINE', persona.lockedFields))
      : null,
    h('p', { class: 'muted', 'data-persona-status': persona.status }, persona.status === 'PUBLISHED' ? 'Published' : 'Draft'),
    h(
      'div',
      { class: 'card-actions', role: 'group', 'aria-label': `Export ${persona.name}` },
      ...FORMATS.map(([format, label]) =>
        h(
          'button',
          { type: 'button', class: 'secondary', 'data-export': format, onclick: () => void download(persona.id, format, status) },
          label,
        ),
      ),
      caller.canWrite && persona.status !== 'PUBLISHED'
        ? h(
            'button',
            { type: 'button', 'data-write': 'publish-persona', onclick: (event: Event) => void publish(persona, event, status) },
            'Publish',
          )
        : null,
    ),
    status,
    evidenceOnDemand(persona.id),
    h(
      'p',
      {},
      h(
        'a',
        { href: `#/personas/${encodeURIComponent(persona.id)}`, 'data-open-persona': persona.id },
        caller.canWrite ? 'Edit, versions and campaigns' : 'Versions and campaigns',
      ),
    ),
  );
}

/** Fetches the export and hands it to the browser as a file, named and typed as the API says. */
async function download(id: string, format: string, status: HTMLElement): Promise<void> {
  status.textContent = 'Exporting…';
  try {
    const answer = await graphql<{ exportPersona: { fileName: string; contentType: string; content: string } | null }>(
      `query ConsoleExportPersona($id: ID!, $format: ExportFormat!) {
        exportPersona(id: $id, format: $format) { fileName contentType content }
      }`,
      { id, format },
    );
    const file = answer.data?.exportPersona;
    if (!file) {
      status.textContent = answer.errors[0] ? sentence(answer.errors[0]) : 'The export failed.';
      return;
    }
    const url = URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
    const link = h('a', { href: url, download: file.fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    // the click has handed the blob to the download already; keep the URL a moment for slow browsers
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = `Downloaded ${file.fileName}.`;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

async function publish(persona: PersonaCard, event: Event, status: HTMLElement): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  button.disabled = true;
  status.textContent = 'Publishing…';
  try {
    const answer = await graphql<{ publishPersona: { id: string; status: string; publishedAt: string | null } | null }>(
      `mutation ConsolePublishPersona($id: ID!) { publishPersona(id: $id) { id status publishedAt } }`,
      { id: persona.id },
    );
    const published = answer.data?.publishPersona;
    if (!published) {
      button.disabled = false;
      status.textContent = answer.errors[0] ? sentence(answer.errors[0]) : 'The persona was not published.';
      return;
    }
    const card = button.closest('[data-persona]');
    const label = card?.querySelector('[data-persona-status]');
    label?.setAttribute('data-persona-status', published.status);
    if (label) label.textContent = 'Published';
    button.remove();
    status.textContent = `${persona.name} is published.`;
  } catch (error) {
    button.disabled = false;
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

/** The statements with their evidence, fetched the first time the reader opens them (a card's list stays small). */
function evidenceOnDemand(id: string): HTMLElement {
  const body = h('div', { class: 'evidence' }, h('p', { 'aria-busy': 'true' }, 'Loading the evidence…'));
  let loaded = false;
  const details = h('details', { 'data-evidence': id }, h('summary', {}, 'Statements and their evidence'), body);
  details.addEventListener('toggle', () => {
    if (loaded || !(details as HTMLDetailsElement).open) return;
    loaded = true;
    void loadEvidence(id, body);
  });
  return details;
}

async function loadEvidence(id: string, body: HTMLElement): Promise<void> {
  try {
    const answer = await graphql<{ persona: Record<string, unknown> | null }>(PERSONA_EVIDENCE, { id });
    const persona = answer.data?.persona;
    if (!persona) {
      body.replaceChildren(h('p', { class: 'error' }, answer.errors[0] ? sentence(answer.errors[0]) : 'Not found.'));
      return;
    }
    body.replaceChildren();
    append(body, ...CARD_SECTIONS.map((s) => statementList(s.label, statementsAt<Statement>(persona, s.path))));
  } catch (error) {
    body.replaceChildren(h('p', { class: 'error' }, error instanceof Error ? error.message : String(error)));
  }
}

function statementList(title: string, statements: Statement[]): HTMLElement | null {
  if (statements.length === 0) return null;
  return h(
    'div',
    {},
    h('h4', {}, title),
    h(
      'ul',
      {},
      ...statements.map((statement) =>
        h(
          'li',
          {},
          statement.text,
          statement.origin !== 'GENERATED' ? h('span', { class: 'muted' }, ` (${statement.origin.toLowerCase()})`) : null,
          statement.evidence.length === 0
            ? null
            : h('ul', { class: 'muted' }, ...statement.evidence.map((e) => h('li', {}, evidenceLine(e)))),
        ),
      ),
    ),
  );
}

/** One statistic in words: the question, the segment against everyone, and the test behind it. */
function evidenceLine(e: Evidence): string {
  const question = e.category ? `${e.questionText || e.questionCode} = ${e.category}` : e.questionText || e.questionCode;
  const shares = e.kind === 'CATEGORY_SHARE' || e.kind === 'SEGMENT_SHARE';
  const value = (v: number) => (shares ? `${(v * 100).toFixed(0)}%` : number(v));
  const test = e.test ? `, ${e.test}${e.pValue === null ? '' : ` p = ${e.pValue < 0.001 ? '< 0.001' : number(e.pValue, 3)}`}` : '';
  return `${question}: ${value(e.segmentValue)} in the segment vs ${value(e.overallValue)} overall${test}${
    e.significant ? '' : ' (not significant)'
  }`;
}

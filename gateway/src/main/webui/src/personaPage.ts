import type { Caller } from './auth';
import { performanceSection, recordCampaignForm } from './campaigns';
import { h, show } from './dom';
import { graphql, sentence } from './graphql';
import { EDITABLE_FIELDS, personaEditForm, type EditablePersona } from './personaEdit';
import { personaCard, type PersonaCard } from './personas';
import { VERSION_FIELDS, versionHistory, type PersonaVersion } from './versions';
import { partial, problem } from './views';

type PersonaDetail = PersonaCard &
  EditablePersona & {
    version: number;
    runId: string;
    segmentNumber: number;
    segmentLabel: string;
    surveyId: string;
  };

const PERSONA_PAGE = `query ConsolePersona($id: ID!) {
  persona(id: $id) { id status archetypes avatarSvg version runId segmentNumber segmentLabel surveyId ${EDITABLE_FIELDS} }
  personaVersions(id: $id) { ${VERSION_FIELDS} }
}`;

/**
 * One persona: its card (export, publish, evidence), the edit form for analysts, its version history with the
 * changes between versions, and the campaigns of its run (recording a result, the performance chart).
 */
export async function personaScreen(caller: Caller, personaId: string): Promise<void> {
  show(h('h1', {}, 'Persona'), h('p', { 'aria-busy': 'true' }, 'Loading…'));
  try {
    const answer = await graphql<{ persona: PersonaDetail | null; personaVersions: PersonaVersion[] | null }>(PERSONA_PAGE, {
      id: personaId,
    });
    const persona = answer.data?.persona;
    if (!persona) {
      show(h('h1', {}, 'Persona'), problem(new Error(answer.errors[0] ? sentence(answer.errors[0]) : 'Persona not found.')));
      return;
    }
    const reload = () => void personaScreen(caller, personaId);
    const performance = performanceSection(persona.runId, persona.id);
    show(
      h('p', {}, h('a', { href: `#/runs/${encodeURIComponent(persona.runId)}` }, '← Segmentation run')),
      h('h1', { id: 'persona-title', 'data-persona-version': persona.version }, persona.name),
      partial(answer.errors),
      h(
        'p',
        { class: 'muted' },
        `Segment ${persona.segmentNumber} (${persona.segmentLabel}) · version ${persona.version} · ` +
          (persona.lockedFields.length ? `locked: ${persona.lockedFields.join(', ')}` : 'nothing locked'),
      ),
      h('div', { class: 'cards single' }, personaCard(caller, persona.segmentNumber, persona)),
      // the API refuses an edit to a viewer anyway; the form is not offered to one
      caller.canWrite ? personaEditForm(persona, reload) : null,
      answer.data?.personaVersions ? versionHistory(persona.id, answer.data.personaVersions) : null,
      h(
        'section',
        { 'aria-labelledby': 'campaigns-title', id: 'campaigns' },
        h('h2', { id: 'campaigns-title' }, 'Campaigns'),
        h(
          'p',
          { class: 'muted' },
          'Open, click and conversion rates of the personas of this run, each with its Wilson 95% interval, against the ' +
            'rate of all segments; this persona in red, all segments in grey.',
        ),
        caller.canWrite ? recordCampaignForm(persona.id, () => void performance.refresh()) : null,
        performance.element,
      ),
    );
  } catch (error) {
    show(h('h1', {}, 'Persona'), problem(error));
  }
}

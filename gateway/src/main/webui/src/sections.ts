/**
 * The sections of a persona card, in the order the card reads, grouped as the edit form shows them. `path` is where
 * the Persona type holds the section (messaging's parts are nested), `section` its PersonaSection in a PersonaPatch.
 * One list serves the evidence view and the edit form, so a section the API adds is added here once.
 */
export interface CardSection {
  path: string;
  section: string;
  label: string;
  /** One statement (tagline, summary, tone) rather than a list. */
  single: boolean;
  /** The size statement restates the segment's measured size and share: it is shown, not edited. */
  editable: boolean;
  group: string;
}

export const CARD_SECTIONS: CardSection[] = [
  { path: 'tagline', section: 'TAGLINE', label: 'Tagline', single: true, editable: true, group: 'Who they are' },
  { path: 'summary', section: 'SUMMARY', label: 'Summary', single: true, editable: true, group: 'Who they are' },
  { path: 'sizeStatement', section: 'SIZE', label: 'Size', single: true, editable: false, group: 'Who they are' },
  { path: 'archetypeStatements', section: 'ARCHETYPES', label: 'Archetypes', single: false, editable: true, group: 'Who they are' },
  { path: 'identity', section: 'IDENTITY', label: 'Identity', single: false, editable: true, group: 'Who they are' },
  { path: 'values', section: 'VALUES', label: 'Values', single: false, editable: true, group: 'Psychographics' },
  { path: 'interests', section: 'INTERESTS', label: 'Interests', single: false, editable: true, group: 'Psychographics' },
  { path: 'lifestyle', section: 'LIFESTYLE', label: 'Lifestyle', single: false, editable: true, group: 'Psychographics' },
  { path: 'attitudes', section: 'ATTITUDES', label: 'Attitudes', single: false, editable: true, group: 'Psychographics' },
  { path: 'personality', section: 'PERSONALITY', label: 'Personality', single: false, editable: true, group: 'Psychographics' },
  { path: 'goals', section: 'GOALS', label: 'Goals', single: false, editable: true, group: 'Needs and behaviour' },
  { path: 'motivations', section: 'MOTIVATIONS', label: 'Motivations', single: false, editable: true, group: 'Needs and behaviour' },
  { path: 'painPoints', section: 'PAIN_POINTS', label: 'Pain points', single: false, editable: true, group: 'Needs and behaviour' },
  {
    path: 'buyingBehaviour',
    section: 'BUYING_BEHAVIOUR',
    label: 'Buying behaviour',
    single: false,
    editable: true,
    group: 'Needs and behaviour',
  },
  { path: 'b2bRole', section: 'B2B_ROLE', label: 'Role at work (B2B)', single: false, editable: true, group: 'Needs and behaviour' },
  { path: 'channels', section: 'CHANNELS', label: 'Channels', single: false, editable: true, group: 'Needs and behaviour' },
  { path: 'messaging.tone', section: 'TONE', label: 'Tone', single: true, editable: true, group: 'Messaging' },
  { path: 'messaging.keyMessages', section: 'KEY_MESSAGES', label: 'Key messages', single: false, editable: true, group: 'Messaging' },
  { path: 'messaging.avoid', section: 'AVOID', label: 'Avoid', single: false, editable: true, group: 'Messaging' },
];

/** The GraphQL selection of the given sections, each with `inner` as its statement's fields. */
export function sectionSelection(sections: CardSection[], inner: string): string {
  const top = sections.filter((s) => !s.path.includes('.')).map((s) => `${s.path} { ${inner} }`);
  const nested = new Map<string, string[]>();
  for (const s of sections.filter((each) => each.path.includes('.'))) {
    const [parent, child] = s.path.split('.');
    nested.set(parent, [...(nested.get(parent) ?? []), `${child} { ${inner} }`]);
  }
  return [...top, ...[...nested].map(([parent, children]) => `${parent} { ${children.join(' ')} }`)].join(' ');
}

/** A section's statements in a persona answer: always a list (empty for a null section or a missing single one). */
export function statementsAt<T>(persona: Record<string, unknown>, path: string): T[] {
  const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key] ?? null, persona);
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? (value as T[]) : [value as T];
}

/**
 * The one list of entity types. The KB schema, the popup and cast list, the research collection,
 * the settings, the page's marks and the CLI take their types, words and order from here; a new
 * type is an entry here (the compiler then asks for its words) plus its colour variable
 * (`--person`…) in the card's, popup's and pages' CSS and its `::highlight` rules in lib/page/marks.css.
 */
export const ENTITY_TYPES = ['person', 'place', 'organization'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Each type's words: its badge ("Person"), a list's heading ("People"), a count's noun ("3 people"). */
export const ENTITY_TYPE_WORDS: Record<EntityType, { label: string; heading: string; noun: string }> = {
  person: { label: 'Person', heading: 'People', noun: 'people' },
  place: { label: 'Place', heading: 'Places', noun: 'places' },
  organization: { label: 'Organization', heading: 'Organizations', noun: 'organizations' },
};

/** A value per type, in the registry's order: `byType((t) => true)`. */
export const byType = <V>(value: (type: EntityType) => V) => Object.fromEntries(ENTITY_TYPES.map((t) => [t, value(t)])) as Record<EntityType, V>;

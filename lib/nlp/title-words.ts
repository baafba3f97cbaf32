/**
 * Words of titles and roles ("U.S. Defense Secretary", "secretary general of NATO") and of
 * organization names ("State Department", "Security Council"). Lowercase. The lists are data
 * (data/title-words.json, tested for duplicates and overlaps in title-words.test.ts); where one
 * list holds another, it is built from it here.
 */
import WORDS from './data/title-words.json';

/** Nouns a role ends in, or starts with when "of" follows ("head of US foreign policy"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(WORDS.roleHeads);

/** A hyphenated role ("Attorney-General", "President-elect", "Vice-President"): title words all, one a role head. */
export function isHyphenatedRole(w: string): boolean {
  const parts = w.split('-');
  return parts.length > 1 && parts.some((p) => ROLE_HEADS.has(p)) && parts.every((p) => ROLE_HEADS.has(p) || ROLE_MODIFIERS.has(p));
}

/** Role modifiers that stand only after another title word ("Air Force", "chief of staff"): a role never opens with one. */
export const ROLE_NEVER_FIRST: ReadonlySet<string> = new Set(WORDS.roleNeverFirst);

/** Words that may stand inside a title before its head: "Foreign", "national security", "Secretary of State". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([...WORDS.roleModifiers, ...WORDS.roleNeverFirst]);

/** Words that carry a title on after its head: "Secretary of State", "Minister for Foreign Affairs". */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(WORDS.titleConnectors);

/** Courtesy titles: stripped from names but not a role. */
export const HONORIFICS: ReadonlySet<string> = new Set(WORDS.honorifics);

/** Lowercase nouns after a leader's name alone: "the Bush administration", "the Lula presidency" name the leader, not an organization. */
export const LEADER_NOUNS: ReadonlySet<string> = new Set(WORDS.leaderNouns);

/**
 * Lowercase nouns after a name alone that a leader's or a party's may take: "the Kabila government",
 * "the Likud government". Only the corpus tells which (lib/kb/leader-rule.ts).
 */
export const RULE_NOUNS: ReadonlySet<string> = new Set(WORDS.ruleNouns);

/** Last words of organization names. */
export const ORG_HEADS: ReadonlySet<string> = new Set(WORDS.orgHeads);

/**
 * Last words that make a name of several words an organization ("Kessel Capital", "Orlen
 * Management", "Varsa Bloc") but, unlike ORG_HEADS, join no "of" after them into the name: "the
 * Capital of Korlan", "the Management of Risk" (classify.ts reads them, chunking does not).
 */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set(WORDS.orgLastWords);

/**
 * Nouns that head bodies' names ("Kessel Radio", "Varsa Choir") yet type no name as it is read
 * (unlike ORG_HEADS and ORG_LAST_WORDS): evidence that a name of few documents is a body's (lib/kb/evidence-gate.ts).
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(WORDS.bodyNouns);

/** Heads of bodies named for their subject after "on": "Panel on Climate Change", "Committee on Foreign Investment". */
export const TOPIC_HEADS: ReadonlySet<string> = new Set(WORDS.topicHeads);

/** Particles inside people's names, joining two capitalized words after any word: "Pieter van der Berg", "Ana de la Cruz". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(WORDS.nameParticles);

/** Generational suffixes after a person's name ("Martin Luther King Jr.", "Henry Ford II"), bare (no dot): no name alone. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(WORDS.nameSuffixes);

/** Words after which a name gives the father's name ("Mohammed bin Salman"): King Salman is not his son. */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(WORDS.patronymicParticles);

/** Capitalized words that open a surname of two words ("Ben Ali", "Di Maio") when not a name's first word: its last word alone is no one's name. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(WORDS.surnameParticles);

/** Particles written joined to the next part of a person's or a group's name by a hyphen: "Omar al-Bashir", "Ansar al-Sharia". */
export const ATTACHED_PARTICLES: ReadonlySet<string> = new Set(WORDS.attachedParticles);

/** True for a lowercase word of a name that many names share ("al", "van", "de"): no short form of any of them. */
export const isNameParticle = (word: string) => ATTACHED_PARTICLES.has(word) || NAME_PARTICLES.has(word);

/** Particles elided before a vowel and joined by an apostrophe to the next part of a place's or a person's name: "Côte d'Ivoire", "Val d'Isère". */
export const ELIDED_PARTICLES: ReadonlySet<string> = new Set(WORDS.elidedParticles);

/** Small words allowed inside a name between capitalized words, after a head noun: "Republic of Korea". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([...WORDS.titleConnectors, ...WORDS.otherNameConnectors, ...WORDS.nameParticles]);

/**
 * A name written where only a place goes is a place, whatever the name alone suggests (a given
 * name, or the surname of someone else in the document or the KB):
 * - before ", <US state>" no country is named: "Marlow Creek, Vermont", "Dalby, Washington" (then
 *   the state's reading too, place-homonyms.ts);
 * - between a town and ", <country>": "Tresca, Valdoro, Mexico" names the state Valdoro, not a Mr.
 *   Valdoro; "Tresca, Valdoro Community, Spain" a region, not a body. Not after a town alone: "the
 *   mayor of Tresca, Valdoro" may be an appositive.
 * Not a name with a title ("Mayor Dalby, Oregon's…" has one), nor one the state's possessive or a
 * title the state opens follows ("Ann Pell, Ohio Secretary of State").
 */
import type { Detected } from './detect';
import { gazetteerLookup, isUsState, otherPlaceOfStateName } from './gazetteer';

/** Between a place and the place it lies in: "Tula, Hidalgo". */
const QUALIFIER_GAP = /^,\s+$/;

const untitledPerson = (d: Detected) => d.type === 'person' && d.title === null && d.titleWords === 0;
/** An organization typed by its shape alone ("Valdoro Community"), not one the gazetteer knows. */
const guessedOrganization = (d: Detected) => d.type === 'organization' && d.via !== 'gazetteer';
const isTown = (d: Detected) => d.type === 'place' && gazetteerLookup(d.text)?.kind !== 'country';
const isCountry = (d: Detected) => d.type === 'place' && gazetteerLookup(d.text)?.kind === 'country';
const possessive = (d: Detected) => d.sentence.words[d.last]?.possessive === true;
/** A US state no country shares the name of: "Marlow Creek, Georgia" may be the country's town. */
const isState = (d: Detected) => d.type === 'place' && isUsState(d.text) && otherPlaceOfStateName(d.text)?.kind !== 'country';
/** "Ann Pell, Ohio Secretary of State": the state opens the next person's title, it qualifies no place. */
function opensTitle(d: Detected): boolean {
  const words = d.sentence.words;
  return /^\s+$/.test(words[d.last]?.post ?? '') && /^\p{Lu}/u.test(words[d.last + 1]?.text ?? '');
}

/** Retypes, in place, the persons and guessed organizations of `detected` (in text order) that the sentence writes as places. */
export function placeQualifiedNames(text: string, detected: readonly Detected[]): void {
  const qualified = (a: Detected | undefined, b: Detected | undefined) =>
    a !== undefined && b !== undefined && a.sentence === b.sentence && QUALIFIER_GAP.test(text.slice(a.end, b.start));
  for (const [at, d] of detected.entries()) {
    const previous = detected[at - 1];
    const next = detected[at + 1];
    const beforeState = untitledPerson(d) && qualified(d, next) && isState(next as Detected) && !possessive(next as Detected) && !opensTitle(next as Detected);
    const between = (untitledPerson(d) || guessedOrganization(d)) && qualified(previous, d) && isTown(previous as Detected);
    if (!beforeState && !(between && qualified(d, next) && isCountry(next as Detected))) continue;
    d.type = 'place';
    d.name = d.text;
  }
}

/**
 * "South Bend, Indiana": a US city written with its state after a comma, as American news writes
 * it. An office written with it ("South Bend, Indiana, Mayor", "Mayor of South Bend, Indiana") is
 * the city's: read as the state's, it made mayors of whole states.
 */
import { isUsState } from './gazetteer';

/** One to three capitalized words, a comma, a state of one or two words, and maybe a comma closing it. */
const CITY_STATE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}), (\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?),?$/u;

/** The city of a "City, State" phrase, or null when `phrase` is none (or names two states). */
export function cityOfState(phrase: string): string | null {
  const match = CITY_STATE.exec(phrase.trim());
  const [, city, state] = match ?? [];
  return city && state && isUsState(state) && !isUsState(city) ? city : null;
}

/**
 * A currency's code beside an amount names no body: "CAD $80,000", "SEK 55 billion", "93 million
 * AUD". Alone, capitals of three letters may be a body's acronym, so only beside an amount.
 */
import type { Detected } from './detect';
import { CURRENCY_CODES } from './non-name-words';

/** A figure, maybe after a currency's sign: "80,000", "$80,000", "1.5". */
const AMOUNT = /^\p{Sc}?\d[\d.,]*$/u;
/** The word closing an amount written before the code: "55 billion SEK". */
const MAGNITUDE = /^(?:thousand|million|billion|trillion|bn)$/i;

/** True for a mention that is a currency's code written beside an amount. */
export function codesCurrency(d: Detected): boolean {
  if (d.text !== d.text.toUpperCase() || !CURRENCY_CODES.has(d.text.toLowerCase())) return false;
  const next = d.sentence.words[d.last + 1]?.text ?? '';
  const previous = d.sentence.words[d.first - 1]?.text ?? '';
  return AMOUNT.test(next) || AMOUNT.test(previous) || MAGNITUDE.test(previous);
}

// Regenerates lib/nlp/data/english-words.json from the dictionary-en package (Hunspell's en_US,
// from SCOWL; MIT and BSD): the words it writes only in lowercase ("image", "street", "sale",
// "climate"), never capitalized, so "China", "Turkey" or "Amazon" (written both ways) stay out.
// A single capitalized word of this list need not be a name. Stems only, three letters or more,
// as one space-separated string (the background splits it once, on first use). Run after
// upgrading the package.
import { writeFileSync } from 'node:fs';
import dictionary from 'dictionary-en';

const dic = new TextDecoder().decode(dictionary.dic);
const stems = dic
  .split('\n')
  .slice(1)
  .map((line) => line.split('/')[0])
  .filter(Boolean);
const capitalized = new Set(stems.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
const words = [...new Set(stems.filter((w) => /^\p{Ll}{3,}$/u.test(w) && !capitalized.has(w)))].sort();
writeFileSync(new URL('../lib/nlp/data/english-words.json', import.meta.url), `${JSON.stringify({ words: words.join(' ') })}\n`);
console.log(`${words.length} English words written`);

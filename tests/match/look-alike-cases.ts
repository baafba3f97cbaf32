/**
 * Linking traps, in original sentences written for Backstory: variants of KB names that must
 * link, and look-alikes that must not. Run as tests (look-alikes.test.ts) and scored by
 * `npm run eval`. `links` is the KB entity the mention `mention` must link to, or null.
 */
export interface LinkCase {
  text: string;
  mention: string;
  links: string | null;
  why: string;
}

export const LINK_CASES: readonly LinkCase[] = [
  { text: 'Kim Jong-un inspected the launch site on Friday.', mention: 'Kim Jong-un', links: 'Kim Jong Un', why: 'hyphen' },
  { text: 'Yoon Suk-yeol flew home after the summit.', mention: 'Yoon Suk-yeol', links: 'Yoon Suk Yeol', why: 'hyphen' },
  { text: 'Cho Tae-young briefed reporters in the evening.', mention: 'Cho Tae-young', links: 'Cho Tae-yong', why: 'romanization' },
  { text: 'Anthony Blinken landed in the capital at dawn.', mention: 'Anthony Blinken', links: 'Antony Blinken', why: 'misspelling' },
  { text: 'Talks resumed when Foreign Minister Park returned.', mention: 'Park', links: 'Park Jin', why: 'title before a surname' },
  { text: 'Reporters waited while Secretary Blinken spoke.', mention: 'Blinken', links: 'Antony Blinken', why: 'title before a surname' },
  { text: 'The alliance met as NATO chief Rutte arrived.', mention: 'Rutte', links: 'Mark Rutte', why: 'lowercase role before a surname' },
  {
    text: 'The United Nations Security Council will vote on Monday.',
    mention: 'United Nations Security Council',
    links: 'UN Security Council',
    why: 'expansion',
  },
  { text: 'Envoys from the DPRK left early.', mention: 'DPRK', links: 'North Korea', why: 'alias' },
  { text: 'Power returned to kyiv overnight.', mention: 'kyiv', links: 'Kyiv', why: 'lowercase place' },
  { text: 'SIRENS SOUND ACROSS KYIV', mention: 'KYIV', links: 'Kyiv', why: 'capitals' },
  { text: 'Joggers crowded Zilker Park on Sunday.', mention: 'Zilker Park', links: null, why: 'KB surname inside a place name' },
  { text: 'Austin FC signed a new striker.', mention: 'Austin FC', links: null, why: 'KB surname inside a club name' },
  { text: 'Lloyd Austin toured the base. Austin said the drills would go on.', mention: 'Austin', links: 'Lloyd Austin', why: 'surname repeat of a full name' },
  { text: 'Kursk was quiet while Blinken met allies.', mention: 'Blinken', links: 'Antony Blinken', why: 'rare surname' },
  {
    text: 'Lloyd Austin toured the base, then flew on to Austin, Texas.',
    mention: 'Austin',
    links: null,
    why: 'city sharing the surname of a person on the page',
  },
  { text: 'Daniel Park opened a bakery downtown.', mention: 'Daniel Park', links: null, why: 'KB surname inside another person' },
  { text: 'Stefan Miller coached the school team.', mention: 'Stefan Miller', links: null, why: 'KB surname inside another person' },
  { text: 'Music festivals fill Austin, Texas, every spring.', mention: 'Austin', links: null, why: 'city sharing a KB surname' },
  { text: 'Daniel Park opened a bakery. Customers said Park bakes well.', mention: 'Park', links: null, why: 'surname of someone else on the page' },
  { text: 'Kids played soccer in a nearby park.', mention: 'park', links: null, why: 'dictionary word' },
  { text: 'Miller said the vote would wait.', mention: 'Miller', links: null, why: 'common surname with no support' },
];

/**
 * Words around an event word that say it did not happen, or not as told: intentions ("wants to
 * meet", "will attack", "a planned visit"), calls ("called for talks"), cancellations and denials
 * ("cancelled his visit", "denied attacking"), accusations ("accused X of attacking"), and the
 * speech verbs after which a new clause, with its own subject, begins ("X said Y attacked Z").
 * General English, lowercase; tests/events/event-words.test.ts keeps the lists apart.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Before an event verb, within a few words: it is yet to happen ("will meet", "could be deployed"). */
export const MODALS = words("will would could may might should shall can cannot must 'll won't wouldn't couldn't");

/** Adverbs the tagger may read as other words ("will now be sent": "now" as a conjunction): they stand between a modal and its verb. */
export const LOOSE_ADVERBS = words('now then also soon still just already');

/** Before "to" + an event verb: the act happened ("is able to provide", "began to send"); any other word makes it a plan or a purpose. */
export const REALIZED_BEFORE_TO = words(
  'able began begin begins begun started start starts continued continue continues resumed resume resumes went came managed manages helped help helps used',
);

/** Before an event noun: a happening not (yet) real ("a planned visit", "simulated attacks", "an alleged strike"). */
export const HEDGES = words(
  'ahead simulated potential possible mock hypothetical future planned proposed upcoming scheduled expected prospective intended threatened alleged allegedly reported suspected purported rumoured rumored',
);

/** Words that make a happening told after them a supposition ("any help Russia gives North Korea would…"). */
export const SUPPOSITIONS = words('any whatever whichever');

/** Before "for" + an event noun: a call for it, not it ("called for talks", "pressed for sanctions"). */
export const CALL_WORDS = words('call calls called calling press presses pressed push pushes pushed demand demands demanded appeal appeals appealed');

/** Before an event word: it was stopped, denied or refused ("cancelled his visit", "denied attacking", "called off the talks"). */
export const CANCEL_WORDS = words(
  'cancel cancels cancelled canceled cancelling canceling cancellation postpone postpones postponed postponement delay delays delayed ' +
    'scrap scraps scrapped suspend suspends suspended suspension halt halts halted stop stops stopped block blocks blocked ban bans banned ' +
    'reject rejects rejected deny denies denied denying denial thwart thwarts thwarted foil foils foiled avert averts averted prevent prevents prevented ' +
    'boycott boycotts boycotted skip skips skipped abandon abandons abandoned off veto vetoes vetoed vetoing intercept intercepts intercepted seize seizes seized seizing',
);

/** Before an event word: it is wanted or offered, not had ("Palestinians seeking humanitarian aid", "a proposal for a ceasefire"). */
export const WANT_WORDS = words(
  'seek seeks seeking sought need needs needed needing request requests requested requesting await awaits awaiting awaited want wants wanted ' +
    'proposal proposals offer offers offered offering plan plans planning plot plots plotting bid bids',
);

/** Right after an event noun: what is negotiated or planned about it, not it ("a ceasefire agreement", "an attack plan", "trade talks terms"). */
export const AGREEMENT_NOUNS = words(
  'agreement agreements deal deals accord accords proposal proposals plan plans terms negotiations negotiators framework resolution resolutions extension violation violations',
);

/** Before "of" or "for" + an event word: an accusation, a claim about the act ("accused Iran of attacking", "blamed Hamas for the attack"). */
export const ACCUSE_WORDS = words(
  'accuse accuses accused accusing blame blames blamed blaming allege alleges alleging allegation allegations suspect suspects',
);

/** Verbs of saying and believing: what follows is what someone told, with its own subject ("X said Y attacked Z"). */
export const SPEECH_VERBS = words(
  'said says say told tells reported reports added stated announced announce announces claimed claims claim warned warns confirmed confirms insisted insists argued argues noted notes wrote believes believed thinks thought fears feared estimated',
);

/** Forms of "be": before a participle they make the passive ("was attacked"). */
/** Third-person possessives: whose happening it is ("its troops", "their visit"). */
export const POSSESSIVE_PRONOUNS = words('its their his her');

export const BE_FORMS = words('is are was were be been being');

/** Verbs that only carry tense or voice: they leave a noun event's subject its actor ("Russia has been supplying", "talks were held"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, ...words('has have had do does did')]);

/** Particles that make a phrasal verb of another meaning ("struck out", "hands down", "called off", "sets up"). */
export const PHRASAL_PARTICLES = words('out up off down');

/** Participles after a hyphen that make the name before them a modifier, not an actor: a "U.S.-led coalition" acts, not the United States; "Russian-occupied" villages are not Russia's. */
export const MODIFIER_PARTICIPLES = words(
  'led bound based backed born made owned run funded controlled held linked allied aligned style sponsored supported flagged registered occupied administered',
);

/** Nouns of those who act for a state or a group: "Russian forces attacked" is Russia acting; "Cuban dissidents arrived" is not Cuba. */
export const STATE_NOUNS = words(
  'forces force troops troop army armies military government governments officials official delegation delegations president minister ministers ' +
    'navy police authorities diplomats diplomat leaders leader jets warplanes aircraft tanks missiles missile drones drone artillery soldiers fighters ' +
    'militants rebels units ships warships envoy envoys ambassador regime administration security guards planes rockets rocket gunboats',
);

/** Words of number before "of": "thousands of North Korean soldiers" are North Korean soldiers, not their object. */
export const QUANTITY_WORDS = words(
  'thousands hundreds dozens millions tens scores number numbers group groups many some several most all part contingent detachment battalion battalions',
);

/** Nouns after an event word that are not what it moves: quantities ("thousands of"), and "military", "other", "support" ("military and other support"). */
export const NOT_OBJECT: ReadonlySet<string> = new Set([...QUANTITY_WORDS, ...words('military other more further support help')]);

/** Nouns of people sent armed: a supply verb moving them is a deployment ("sent troops to"), and a deployment of them is labelled "troops". */
export const TROOPS = words('troops troop soldiers forces force personnel fighters army navy marines police peacekeepers units advisers advisors instructors');

/** People moved against their will or as civilians: handing them over is no supply ("hands over 22 suspects to Turkey"). */
export const HANDED_PEOPLE = words(
  'suspect suspects prisoner prisoners detainee detainees hostage hostages migrant migrants refugee refugees citizen citizens civilians people children captives convicts fugitives',
);

/**
 * What a supply verb may move that is no supply: word and paper ("sends a clear message", "an
 * extradition request"), powers ("transfers oversight"), and people sent on an errand ("sends an
 * official to investigate").
 */
export const NOT_SUPPLIES = words(
  'message messages letter letters request requests note notes signal signals invitation invitations condolences congratulations greetings ' +
    'warning warnings oversight control power powers authority responsibility responsibilities official officials envoy envoys ' +
    'delegation delegations team teams expert experts inspector inspectors investigator investigators observer observers monitors ' +
    'representative representatives emissary emissaries mission missions',
);

/** Words for troops of any kind: a deployment of them is labelled "troops" (of police, "police"). */
export const GENERIC_TROOPS = words('troops troop soldiers forces force personnel units army fighters');

/** Nouns of armed groups that act for no state: "Syrian rebels attacked" is not Syria attacking (a group named before them still acts). */
export const NON_STATE_NOUNS = words('militants militant rebels rebel insurgents insurgent gunmen gunman assailants attackers fighters jihadists');

/** Attack words a police search shares: "FBI agents raid a home" is no attack. */
export const RAID_WORDS = words('raid raids raided raiding');

/** Those who enforce the law, as nouns or in their names ("police", "Federal Bureau of Investigation"): their raids are searches. */
export const LAW_ENFORCEMENT = words(
  'police policemen policewomen officers agents authorities detectives investigators investigation prosecutors prosecutor customs gendarmes gendarmerie fbi bureau',
);

/** Deployment words that also tell where troops stand: "forces are stationed in Iraq" is a standing state, not a deployment. */
export const STANDING_WORDS = words('stationed based garrisoned posted');

/** After a travel word: a return, not a visit ("arrives back in Havana", "flew home"). */
export const RETURN_WORDS = words('back home');

/** Names of weapons that detection may take for a group's ("an IED attack", "struck by an RPG"): they act for no one. */
export const WEAPON_NAMES = words('ied ieds vbied vbieds rpg rpgs manpads atgm atgms icbm icbms slbm slbms');

/** Before "of" + an event noun: an earlier happening remembered, not told ("the anniversary of the handover", "victims of the bombing"). */
export const REMEMBRANCE_NOUNS = words('anniversary anniversaries commemoration commemorations memorial memory victims survivors');

/** After an event noun: the people of its trade, not a happening ("aid workers were kidnapped", "relief agencies"). */
export const AID_STAFF = words('worker workers agency agencies group groups organization organizations organisation organisations official officials');

/**
 * The raw material of generated corpora: invented given and family names, offices and
 * organization patterns. Recombined by a seeded generator, they give as many distinct people and
 * organizations as a benchmark needs (140 given names × 26 initials × 150 family names is over
 * half a million people), with no real text in them.
 */

export const GIVEN_NAMES = `Ada Adrian Agnes Alba Alden Alma Amara Anders Anika Ansel Ari Arlo Astrid Aurel Basil Beatrix Benedikt Bram
Calla Caspian Cato Cecily Cedric Celeste Clio Conrad Cyra Dalia Damaris Darian Delphine Dorian Edda Edmund Eira Elias Elio Elodie Emeric
Enzo Ester Evander Fabian Faye Felix Fenna Florin Freya Gideon Greta Hale Hana Hedda Hugo Ilse Imre Ines Ira Isolde Ivo Jalen Jasna
Joris Juno Kai Kalina Kasimir Keira Lars Leona Levin Liesel Linus Livia Lorcan Lucan Mads Maren Marek Marit Mila Milo Mira Nadia Nils
Noor Odile Olek Orla Oskar Otto Paloma Pavel Perrin Petra Quentin Rafe Rhea Rolf Rosalind Rune Sabine Saskia Selma Silas Solveig Soren
Stellan Sunniva Tamsin Tarek Thea Tobias Tove Ulla Una Valentin Vera Vesna Viggo Wenzel Wilda Xaver Yara Yusuf Zelda Zofia Zoran Amos
Briar Corin Dagny Eamon Farah Gunnar Halvard Idris Jorun Kestrel Leif`.split(/\s+/);

export const FAMILY_NAMES = `Abernathy Achterberg Aldana Amberley Arkwright Ashdown Bellweather Birkeland Blackwood Brannigan Calloway
Castellane Corvino Crestwell Dahlgren Delacourt Drummond Eastwick Ellingboe Esterhazy Falkenrath Farrow Fenwick Galloway Garrigue
Greyhaven Halloran Hartigan Haverford Hollings Ingersoll Ivanko Jarrow Kastellan Kenworthy Kjellberg Lachance Langford Larkspur
Lindqvist Lockhart Marchetti Marlowe Meridew Montclair Nakagawa Navarre Nightingale Northcote Oakhurst Okonkwo Ostrander Pemberton
Pellegrini Quarles Radcliffe Ravensworth Rosenquist Rutherford Sandoval Sauvage Selkirk Sinclair Stavros Stroud Talbot Tamberlane
Thorsen Trevelyan Umberfield Valcourt Vandermeer Varga Wakefield Westergaard Whitlock Winterbourne Yardley Zabrinski Zellweger
Albescu Bergamot Carraway Dunmore Ebbesen Fairweather Gallardo Holmquist Iversen Jessup Kettering Lomax Mortensen Nordahl Orsini
Pryce Quintero Redfern Stanhope Thackeray Ulvaeus Vallancourt Wexley Ainsworth Bancroft Colquitt Devereux Eskildsen Fitzwarren
Gisborne Hawthorne Illingworth Jardine Kilbride Lindgren Mallory Norrington Ollerenshaw Penhaligon Quimby Rasmussen Strand Tolliver
Underhill Vesper Wardlow Yorke Zimmerly Ashcombe Blakemore Chadwick Dankworth Elphinstone Frobisher Grantham Hesketh Inchbald
Jellicoe Knatchbull Loxley Mountjoy Nettleship Oglethorpe Pickering Quiller Rowntree Scrimgeour Tunstall Urquhart Villiers`.split(/\s+/);

/** Offices for titles and appositives ("Energy Minister X", "X, the energy minister of Y"). */
export const OFFICES = [
  'Foreign Minister',
  'Energy Minister',
  'Defense Minister',
  'Trade Minister',
  'Prime Minister',
  'President',
  'Governor',
  'Mayor',
  'central bank governor',
  'chief negotiator',
  'opposition leader',
  'army chief',
];

/** Organization names are a place or a family name plus one of these. */
export const ORGANIZATION_KINDS = [
  'Institute',
  'Council',
  'Party',
  'Bank',
  'Shipping Company',
  'University',
  'Foundation',
  'Energy Group',
  'Rail Authority',
  'Broadcasting Corporation',
];

export const TOPICS = [
  'grain exports',
  'a rail link',
  'port fees',
  'fishing rights',
  'a power line',
  'border crossings',
  'water sharing',
  'a vaccine plant',
  'steel tariffs',
  'satellite launches',
];

export const SOURCES = ['The Morning Ledger', 'Harbor Times', 'The Evening Courier', 'Northern Wire', 'Capital Post', 'The Daily Register'];

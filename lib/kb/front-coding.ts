/**
 * Front coding of a sorted list of strings: each entry is the length of the prefix it shares with
 * the one before, a space, and the rest ("world.jsonl#10", "13 1" for "world.jsonl#11"). Document
 * files of a corpus share long prefixes, so a KB's list of them shrinks to a few characters each.
 */

export function frontCode(strings: readonly string[]): string[] {
  let previous = '';
  return strings.map((s) => {
    let shared = 0;
    while (shared < s.length && shared < previous.length && s[shared] === previous[shared]) shared++;
    previous = s;
    return `${shared} ${s.slice(shared)}`;
  });
}

/** The strings back; an entry that is not front-coded is an error naming its place. */
export function frontDecode(entries: readonly string[]): string[] {
  let previous = '';
  return entries.map((entry, i) => {
    const space = entry.indexOf(' ');
    const shared = Number(entry.slice(0, space));
    if (space < 1 || !Number.isInteger(shared) || shared > previous.length)
      throw new Error(`entry ${i} of the document list is not front-coded: ${JSON.stringify(entry.slice(0, 40))}`);
    previous = previous.slice(0, shared) + entry.slice(space + 1);
    return previous;
  });
}

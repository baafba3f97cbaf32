import type { CastMember } from '~/lib/kb/cast';
import { formatDate, KIND_LABELS } from './format';

export interface CastListProps {
  members: readonly CastMember[];
  /** Scroll the page to the member's first mention and flash it. */
  onReveal(member: CastMember): void;
}

/** An article's cast in order of first appearance: each name with its type and one line of background; a click finds it on the page. */
export function CastList({ members, onReveal }: CastListProps) {
  return (
    <ol class="cast">
      {members.map((m) => (
        <li key={`${m.kind}:${m.id}`}>
          <button type="button" class={`member type-${m.type}`} data-id={m.id} onClick={() => onReveal(m)}>
            <span class="name">{m.name}</span> <span class="type">{KIND_LABELS[m.type]}</span>
            <span class="line">{m.kind === 'event' ? (formatDate(m.line) ?? 'Undated event') : (m.line ?? 'No background in the corpus.')}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

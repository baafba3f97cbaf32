import { useState } from 'preact/hooks';
import type { CardModel } from '~/lib/kb/card-model';
import { sourceLine, yearSpan } from './format';

type Role = CardModel['roles'][number];

/** Roles shown before "more roles": the card's first view must stay a glance. */
const SHOWN_ROLES = 5;

/** One role: what the corpus calls the entity, in how many articles and which years, and its newest sentence on demand. */
function RoleItem({ role }: { role: Role }) {
  const [open, setOpen] = useState(false);
  const span = yearSpan(role.first, role.last);
  return (
    <li class={role.later ? 'later' : undefined}>
      <span class="role">{role.text}</span>
      {role.later && <span class="later-note"> (later)</span>}
      <span class="meta">
        {role.docs === 1 ? '1 article' : `${role.docs} articles`}
        {span && `, ${span}`} · newest {sourceLine(role.source, role.date, role.title)} ·{' '}
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'hide sentence' : 'sentence'}
        </button>
      </span>
      {open && <blockquote>{role.sentence}</blockquote>}
    </li>
  );
}

/**
 * Background: each role once, the one held as of the card's date first, roles the corpus gives
 * only later marked so; the first few shown, the rest behind a disclosure.
 */
export function RoleList({ roles }: { roles: CardModel['roles'] }) {
  const rest = roles.slice(SHOWN_ROLES);
  return (
    <>
      <ul class="roles">
        {roles.slice(0, SHOWN_ROLES).map((role) => (
          <RoleItem key={role.text} role={role} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details class="more-roles">
          <summary>{rest.length === 1 ? '1 more role' : `${rest.length} more roles`}</summary>
          <ul class="roles">
            {rest.map((role) => (
              <RoleItem key={role.text} role={role} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The lead line: the role held as of the card's date, with the years the corpus gives it ("President of Zimbabwe · in the corpus 2003–2017"). */
export function LeadLine({ lead }: { lead: NonNullable<CardModel['lead']> }) {
  const span = yearSpan(lead.first, lead.last);
  return (
    <p class="lead">
      <span class="role">{lead.text}</span>
      {span && <span class="meta"> · in the corpus {span}</span>}
    </p>
  );
}

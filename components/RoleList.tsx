import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CardModel } from '~/lib/kb/card-model';
import { sourceLine, yearSpan } from './format';

type Role = CardModel['roles'][number];

/** Roles listed before "more roles": with the lead line's, three roles in the first view, which must fit 520 px. */
const SHOWN_ROLES = 2;

/**
 * A role's text, which opens its newest sentence with where it came from (a button of its own
 * would cost the card a line per role).
 */
function RoleText({ role, children }: { role: Role; children?: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="role" aria-expanded={open} title={open ? 'Hide the sentence' : 'Show the sentence'} onClick={() => setOpen(!open)}>
        {role.text}
      </button>
      {children}
      {open && (
        <blockquote>
          {role.sentence} <span class="meta">({sourceLine(role.source, role.date, role.title)})</span>
        </blockquote>
      )}
    </>
  );
}

/** One role: what the corpus calls the entity, in how many articles and which years; its text opens its newest sentence. */
function RoleItem({ role }: { role: Role }) {
  const span = yearSpan(role.first, role.last);
  return (
    <li class={role.later ? 'later' : undefined}>
      <RoleText role={role}>
        {role.later && <span class="later-note"> (later)</span>}
        <span class="meta">
          {' · '}
          {role.docs === 1 ? '1 article' : `${role.docs} articles`}
          {span && `, ${span}`}
        </span>
      </RoleText>
    </li>
  );
}

/**
 * Background: each role once after the lead line's (which the line above shows), those held by
 * the card's date first, roles the corpus gives only later marked so; the first few shown, the
 * rest behind a disclosure.
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

/**
 * The lead line: the role held as of the card's date, with the years the corpus gives it
 * ("President of Zimbabwe · in the corpus 2003–2017"); given its role record, its text opens its sentence.
 */
export function LeadLine({ lead, role }: { lead: NonNullable<CardModel['lead']>; role?: Role }) {
  const span = yearSpan(lead.first, lead.last);
  const meta = span && <span class="meta"> · in the corpus {span}</span>;
  return (
    <p class="lead">
      {role ? (
        <RoleText role={role}>{meta}</RoleText>
      ) : (
        <>
          <span class="role">{lead.text}</span>
          {meta}
        </>
      )}
    </p>
  );
}

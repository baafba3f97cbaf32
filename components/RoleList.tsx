import { useState } from 'preact/hooks';
import type { CardModel } from '~/lib/kb/card-model';
import { sourceLine } from './format';

type Role = CardModel['roles'][number];

/** One role: what the corpus calls the entity, where it says so, and the sentence on demand. */
function RoleItem({ role }: { role: Role }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <span class="role">{role.text}</span>
      <span class="meta">
        from {sourceLine(role.source, role.date, role.title)} ·{' '}
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'hide sentence' : 'sentence'}
        </button>
      </span>
      {open && <blockquote>{role.sentence}</blockquote>}
    </li>
  );
}

/** Background: each role the corpus gives, where it came from, and the sentence on demand. */
export function RoleList({ roles }: { roles: CardModel['roles'] }) {
  return (
    <ul class="roles">
      {roles.map((role) => (
        <RoleItem key={`${role.text}|${role.title}`} role={role} />
      ))}
    </ul>
  );
}

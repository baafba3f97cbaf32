// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CastMember } from '~/lib/kb/cast';
import { CastList } from './CastList';

afterEach(cleanup);

const cast: CastMember[] = [
  { kind: 'entity', id: 'park-jin', name: 'Park Jin', type: 'person', line: 'South Korean Foreign Minister' },
  { kind: 'event', id: 'talks', name: 'Talks in Seoul', type: 'event', line: '2023-11-09' },
  { kind: 'entity', id: 'seoul', name: 'Seoul', type: 'place', line: null },
];

describe('CastList', () => {
  it('lists the cast in the given order with one line each, and reveals the one clicked', () => {
    const reveal = vi.fn();
    render(<CastList members={cast} onReveal={reveal} />);
    expect([...document.querySelectorAll('.member .line')].map((l) => l.textContent)).toEqual([
      'South Korean Foreign Minister',
      '9 Nov 2023',
      'No background in the corpus.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Talks in Seoul/ }));
    expect(reveal).toHaveBeenCalledWith(cast[1]);
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import '~/tests/testing-library-timeout';
import type { AddPageResult } from '~/lib/messages';
import { AddPageButton } from './AddPageButton';

const clickWith = async (result: AddPageResult | Error) => {
  render(<AddPageButton onAdd={() => (result instanceof Error ? Promise.reject(result) : Promise.resolve(result))} />);
  fireEvent.click(screen.getByRole('button'));
  return (await screen.findByRole('status')).textContent;
};

afterEach(cleanup);

describe('AddPageButton', () => {
  it('says what was added', async () => {
    expect(await clickWith({ ok: true, title: 'Allies weigh joint patrols', replaced: false, error: null })).toBe(
      'Added “Allies weigh joint patrols” to your knowledge base.',
    );
  });

  it('says when the page was there already', async () => {
    expect(await clickWith({ ok: true, title: 'Allies', replaced: true, error: null })).toMatch(/already in your knowledge base/);
  });

  it('says plainly why it failed', async () => {
    expect(await clickWith({ ok: false, title: null, replaced: false, error: 'no article text found in the page' })).toBe(
      'Could not add this page: no article text found in the page',
    );
    cleanup();
    expect(await clickWith(new Error('gone'))).toMatch(/Could not add this page: Error: gone/);
  });
});

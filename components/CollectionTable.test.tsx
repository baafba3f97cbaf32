// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itemKey } from '~/lib/collection/item';
import { item } from '~/tests/collection/items';
import { CollectionTable } from './CollectionTable';

afterEach(cleanup);

describe('CollectionTable', () => {
  it('shows each item with how it was found, where and when, and removes one by its key', () => {
    const remove = vi.fn();
    const met = item({ source: 'met', id: 'seoul', name: 'Seoul', type: 'place', surface: 'Seoul' });
    render(<CollectionTable items={[item(), met]} onRemove={remove} />);
    const rows = document.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.querySelector('td:nth-child(3)')?.textContent)).toEqual(['Collected', 'Met']);
    expect(rows[0]?.querySelector('.sentence')?.textContent).toBe('Foreign Minister Park said the talks went well.');
    expect(rows[0]?.querySelector('.page a')?.getAttribute('href')).toBe('https://news.example/talks');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Seoul (Talks in Seoul)' }));
    expect(remove).toHaveBeenCalledWith(itemKey(met));
  });

  it('links only web pages, and shows stored markup as text', () => {
    render(<CollectionTable items={[item({ url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' })]} onRemove={() => undefined} />);
    expect(document.querySelector('.page a')).toBeNull();
    expect(document.querySelector('.page')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

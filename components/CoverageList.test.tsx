// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardModel } from '~/lib/kb/card-model';
import { CoverageList } from './CoverageList';

const item = (doc: string, url: string | null): CardModel['coverage'][number] => ({
  doc,
  title: `Title of ${doc}`,
  source: 'Harbor Wire',
  date: '2023-11-08',
  url,
  sentences: [`A sentence from ${doc}.`],
  also: [],
});

afterEach(cleanup);

describe('CoverageList', () => {
  it('links an article with a URL, and opens one without through the callback', () => {
    const open = vi.fn();
    render(<CoverageList coverage={[item('a.txt', 'https://example.org/a'), item('b.txt', null)]} onOpenArticle={open} />);
    expect(screen.getByRole('link', { name: 'Title of a.txt' }).getAttribute('href')).toBe('https://example.org/a');
    fireEvent.click(screen.getByRole('button', { name: 'Title of b.txt' }));
    expect(open).toHaveBeenCalledWith('b.txt');
    expect(screen.getAllByText('Harbor Wire · 8 Nov 2023')).toHaveLength(2);
  });

  it('shows a title without a URL as text when nothing can open it', () => {
    render(<CoverageList coverage={[item('b.txt', null)]} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Title of b.txt')).toBeTruthy();
  });

  it('shows five articles, and the rest behind "more articles"', () => {
    const { container } = render(<CoverageList coverage={['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((d) => item(`${d}.txt`, null))} />);
    const details = container.querySelector('details.more-coverage');
    expect(details?.querySelector('summary')?.textContent).toBe('2 more articles');
    expect(details?.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelectorAll('li')).toHaveLength(7);
    expect(container.querySelector(':scope > ul.coverage')?.querySelectorAll('li')).toHaveLength(5);
  });

  it('reads the rows behind "more articles" when it is first opened, and again after a failure', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('the shard is gone'))
      .mockResolvedValue([item('f.txt', null), item('g.txt', null)]);
    const { container } = render(<CoverageList coverage={[item('a.txt', null)]} more={{ articles: 2, load }} />);
    const details = container.querySelector('details.more-coverage') as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).toBe('2 more articles');
    expect(load).not.toHaveBeenCalled();
    const toggle = () => fireEvent.click(details.querySelector('summary') as HTMLElement);
    toggle();
    expect((await screen.findByRole('alert')).textContent).toContain('the shard is gone');
    toggle();
    toggle();
    expect(await screen.findByText('Title of g.txt')).toBeTruthy();
    toggle();
    toggle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(details.querySelectorAll('li')).toHaveLength(2);
  });

  it('folds a source’s other articles of that day into the row, each still opening', () => {
    const open = vi.fn();
    const row = { ...item('a.txt', null), also: [{ doc: 'b.txt', title: 'Update of a', url: null }] };
    const { container } = render(<CoverageList coverage={[row, item('c.txt', null)]} onOpenArticle={open} />);
    expect(container.querySelectorAll('ul.coverage > li')).toHaveLength(2);
    expect(container.querySelector('details.same-day summary')?.textContent).toBe('1 more from Harbor Wire that day');
    fireEvent.click(screen.getByRole('button', { name: 'Update of a' }));
    expect(open).toHaveBeenCalledWith('b.txt');
  });
});

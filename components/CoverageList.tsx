import { useRef, useState } from 'preact/hooks';
import { articlesIn, type CoverageRow, SHOWN_COVERAGE_ROWS } from '~/lib/kb/card-model';
import type { LoadState } from './card-state';
import { formatDate } from './format';

/** Rows behind "more articles" that are not in the card's data yet: how many articles they hold, and how to read them. */
export interface MoreCoverage {
  articles: number;
  load(): Promise<CoverageRow[]>;
}

export interface CoverageListProps {
  coverage: readonly CoverageRow[];
  /** Rows read only when "more articles" is opened (an entity card's); without it, the rows past the first few wait there. */
  more?: MoreCoverage;
  /** Opens an article without a URL of its own (on Backstory's article page); without it such titles are plain text. */
  onOpenArticle?(doc: string): void;
}

const moreLabel = (n: number) => (n === 1 ? '1 more article' : `${n} more articles`);

/**
 * Related coverage: corpus articles that mention the entity, in the card's order, each with the
 * sentence, a source's other articles of that day folded into its row; each title opens its
 * article. The first few rows show, the rest behind a disclosure.
 */
export function CoverageList({ coverage, more, onOpenArticle }: CoverageListProps) {
  const rest = coverage.slice(SHOWN_COVERAGE_ROWS);
  return (
    <>
      <Articles rows={coverage.slice(0, SHOWN_COVERAGE_ROWS)} onOpenArticle={onOpenArticle} />
      {more ? (
        <LoadedOnOpen more={more} onOpenArticle={onOpenArticle} />
      ) : (
        rest.length > 0 && (
          <details class="more-coverage">
            <summary>{moreLabel(articlesIn(rest))}</summary>
            <Articles rows={rest} onOpenArticle={onOpenArticle} />
          </details>
        )
      )}
    </>
  );
}

/** The rows behind "more articles": not asked for until first opened, then as a card's data loads. */
type Loaded = { status: 'closed' } | LoadState<CoverageRow[]>;

/** "More articles" whose rows are asked for when it is first opened; a failed read is asked again at the next opening. */
function LoadedOnOpen({ more, onOpenArticle }: { more: MoreCoverage } & Pick<CoverageListProps, 'onOpenArticle'>) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'closed' });
  // Read or being read: a second toggle before the next render must not ask again.
  const asked = useRef(false);
  const onToggle = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || asked.current) return;
    asked.current = true;
    setLoaded({ status: 'loading' });
    more.load().then(
      (rows) => setLoaded({ status: 'ready', model: rows }),
      (error: unknown) => {
        asked.current = false;
        setLoaded({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };
  return (
    <details class="more-coverage" onToggle={onToggle}>
      <summary>{moreLabel(loaded.status === 'ready' ? articlesIn(loaded.model) : more.articles)}</summary>
      {loaded.status === 'ready' && <Articles rows={loaded.model} onOpenArticle={onOpenArticle} />}
      {loaded.status === 'loading' && (
        <p class="status" aria-busy="true">
          Looking up more articles…
        </p>
      )}
      {loaded.status === 'error' && (
        <p class="status error" role="alert">
          Backstory could not load more articles: {loaded.message}
        </p>
      )}
    </details>
  );
}

/** An article's title: a link to its URL, else a button opening it on Backstory's article page, else text. */
function Title({ article, onOpenArticle }: { article: CoverageRow['also'][number] } & Pick<CoverageListProps, 'onOpenArticle'>) {
  if (article.url)
    return (
      <a class="title" href={article.url} target="_blank" rel="noopener noreferrer">
        {article.title}
      </a>
    );
  if (onOpenArticle)
    return (
      <button type="button" class="title" onClick={() => onOpenArticle(article.doc)}>
        {article.title}
      </button>
    );
  return <span class="title">{article.title}</span>;
}

function Articles({ rows, onOpenArticle }: { rows: readonly CoverageRow[] } & Pick<CoverageListProps, 'onOpenArticle'>) {
  return (
    <ul class="coverage">
      {rows.map((row) => {
        const meta = [row.source, formatDate(row.date)].filter(Boolean).join(' · ');
        // A title derived from the first sentence would repeat it: show the next one instead.
        const sentence = row.sentences.find((x) => !x.startsWith(row.title.replace(/…$/, '')));
        return (
          <li key={row.doc}>
            <Title article={row} onOpenArticle={onOpenArticle} />
            {meta && <span class="meta">{meta}</span>}
            {/* Not <q>: corpus sentences often carry their own quotation marks. */}
            {sentence && <blockquote class="sentence">{sentence}</blockquote>}
            {row.also.length > 0 && (
              <details class="same-day">
                <summary>{`${row.also.length} more from ${row.source} that day`}</summary>
                <ul>
                  {row.also.map((a) => (
                    <li key={a.doc}>
                      <Title article={a} onOpenArticle={onOpenArticle} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}

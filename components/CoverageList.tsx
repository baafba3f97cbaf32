import type { CardModel } from '~/lib/kb/card-model';
import { formatDate } from './format';

type Row = CardModel['coverage'][number];

export interface CoverageListProps {
  coverage: CardModel['coverage'];
  /** Opens an article without a URL of its own (on Backstory's article page); without it such titles are plain text. */
  onOpenArticle?(doc: string): void;
}

/** Rows shown before "more articles": a card's first view stays a glance. */
const SHOWN_ROWS = 5;

const articleCount = (rows: readonly Row[]) => rows.reduce((n, row) => n + 1 + row.also.length, 0);

/**
 * Related coverage: corpus articles that mention the entity, in the card's order, each with the
 * sentence, a source's other articles of that day folded into its row; each title opens its
 * article. The first few rows show, the rest behind a disclosure.
 */
export function CoverageList({ coverage, onOpenArticle }: CoverageListProps) {
  const rest = coverage.slice(SHOWN_ROWS);
  const more = articleCount(rest);
  return (
    <>
      <Articles rows={coverage.slice(0, SHOWN_ROWS)} onOpenArticle={onOpenArticle} />
      {rest.length > 0 && (
        <details class="more-coverage">
          <summary>{more === 1 ? '1 more article' : `${more} more articles`}</summary>
          <Articles rows={rest} onOpenArticle={onOpenArticle} />
        </details>
      )}
    </>
  );
}

/** An article's title: a link to its URL, else a button opening it on Backstory's article page, else text. */
function Title({ article, onOpenArticle }: { article: Row['also'][number] } & Pick<CoverageListProps, 'onOpenArticle'>) {
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

function Articles({ rows, onOpenArticle }: { rows: readonly Row[] } & Pick<CoverageListProps, 'onOpenArticle'>) {
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

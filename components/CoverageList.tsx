import type { CardModel } from '~/lib/kb/card-model';
import { formatDate } from './format';

export interface CoverageListProps {
  coverage: CardModel['coverage'];
  /** Opens an article without a URL of its own (on Backstory's article page); without it such titles are plain text. */
  onOpenArticle?(doc: string): void;
}

/** Articles shown before "more articles": a card's first view stays a glance. */
const SHOWN_ARTICLES = 5;

/** Related coverage: corpus articles that mention the entity, in the card's order, each with the sentence; each title opens its article. The first few show, the rest behind a disclosure. */
export function CoverageList({ coverage, onOpenArticle }: CoverageListProps) {
  const rest = coverage.slice(SHOWN_ARTICLES);
  return (
    <>
      <Articles items={coverage.slice(0, SHOWN_ARTICLES)} onOpenArticle={onOpenArticle} />
      {rest.length > 0 && (
        <details class="more-coverage">
          <summary>{rest.length === 1 ? '1 more article' : `${rest.length} more articles`}</summary>
          <Articles items={rest} onOpenArticle={onOpenArticle} />
        </details>
      )}
    </>
  );
}

function Articles({ items, onOpenArticle }: { items: CoverageListProps['coverage'] } & Pick<CoverageListProps, 'onOpenArticle'>) {
  return (
    <ul class="coverage">
      {items.map((item) => {
        const meta = [item.source, formatDate(item.date)].filter(Boolean).join(' · ');
        // A title derived from the first sentence would repeat it: show the next one instead.
        const sentence = item.sentences.find((x) => !x.startsWith(item.title.replace(/…$/, '')));
        return (
          <li key={item.doc}>
            {item.url ? (
              <a class="title" href={item.url} target="_blank" rel="noopener noreferrer">
                {item.title}
              </a>
            ) : onOpenArticle ? (
              <button type="button" class="title" onClick={() => onOpenArticle(item.doc)}>
                {item.title}
              </button>
            ) : (
              <span class="title">{item.title}</span>
            )}
            {meta && <span class="meta">{meta}</span>}
            {/* Not <q>: corpus sentences often carry their own quotation marks. */}
            {sentence && <blockquote class="sentence">{sentence}</blockquote>}
          </li>
        );
      })}
    </ul>
  );
}

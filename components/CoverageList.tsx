import type { CardModel } from '~/lib/kb/card-model';
import { formatDate } from './format';

export interface CoverageListProps {
  coverage: CardModel['coverage'];
  /** Opens an article without a URL of its own (on Backstory's article page); without it such titles are plain text. */
  onOpenArticle?(doc: string): void;
}

/** Related coverage: corpus articles that mention the entity, newest first, each with the sentence; each title opens its article. */
export function CoverageList({ coverage, onOpenArticle }: CoverageListProps) {
  return (
    <ul class="coverage">
      {coverage.map((item) => {
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

import type { PlainCardModel } from '~/lib/kb/plain-card-model';
import { CoverageList } from './CoverageList';
import { formatDate } from './format';

export interface PlainEntityBodyProps {
  model: PlainCardModel;
  /** A dated event was chosen: open its card (`label` shows while it loads). */
  onOpenEvent(id: string, label: string): void;
  onOpenArticle(doc: string): void;
}

/** The plain-language card's body (students): one background line, key dates, then a little coverage. */
export function PlainEntityBody({ model, onOpenEvent, onOpenArticle }: PlainEntityBodyProps) {
  return (
    <>
      <p class="plain-line">{model.background ?? `The corpus gives no background for ${model.name}.`}</p>
      {model.keyDates.length > 0 && (
        <section aria-labelledby="bs-key-dates">
          <h3 id="bs-key-dates">Key dates</h3>
          <ul class="key-dates">
            {model.keyDates.map((d) => (
              <li key={d.id} class="key-date">
                <time dateTime={d.date}>{formatDate(d.date)}</time>
                <button type="button" class="link" onClick={() => onOpenEvent(d.id, d.label)}>
                  {d.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.coverage.length > 0 && (
        <section aria-labelledby="bs-coverage">
          <h3 id="bs-coverage">Read more</h3>
          <CoverageList coverage={model.coverage} onOpenArticle={onOpenArticle} />
        </section>
      )}
    </>
  );
}

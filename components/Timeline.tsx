import type { TimelineModel } from '~/lib/kb/event-timeline';
import { formatDate, shortTitle } from './format';

/** Events listed under the strip; the rest stay dots (the strip stays compact on busy entities). */
const MAX_LISTED_EVENTS = 4;

// The strip's geometry lives here, not in card.css: it is what makes the dots a timeline at all.
const STRIP = { position: 'relative', height: '14px', margin: '4px 6px' } as const;
const LINE = { position: 'absolute', left: '0', right: '0', top: '6px', height: '2px', background: 'currentColor', opacity: '0.25' } as const;
const dot = (position: number, event: boolean) =>
  ({
    position: 'absolute',
    top: '3px',
    left: `${(position * 100).toFixed(1)}%`,
    width: '8px',
    height: '8px',
    marginLeft: '-4px',
    borderRadius: '50%',
    border: '2px solid currentColor',
    background: event ? 'currentColor' : 'transparent',
  }) as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * An entity's timeline: first and last seen, its dated events and articles as dots on one strip,
 * events listed; with `onOpenEvent`, each listed event is a button (its label for the loading card).
 */
export function Timeline({ model, onOpenEvent }: { model: TimelineModel; onOpenEvent?(id: string, label: string): void }) {
  const first = formatDate(model.first);
  const last = formatDate(model.last);
  const events = model.items.filter((i) => i.kind === 'event');
  const articles = model.items.length - events.length;
  const undated = model.undated.articles + model.undated.events;
  return (
    <section class="timeline" aria-labelledby="bs-timeline">
      <h3 id="bs-timeline">Timeline</h3>
      <p class="timeline-span">
        {!first ? 'The corpus gives no dates for it.' : first === last ? `Seen on ${first}` : `First seen ${first} · last seen ${last}`}
      </p>
      {model.items.length > 0 && (
        <div class="timeline-strip" style={STRIP} aria-hidden="true">
          <span style={LINE} />
          {model.items.map((i) => (
            <span
              key={`${i.kind}:${i.id}`}
              class={`timeline-dot timeline-${i.kind}`}
              style={dot(i.position, i.kind === 'event')}
              title={`${formatDate(i.date)}: ${i.label}`}
            />
          ))}
        </div>
      )}
      {events.length > 0 && (
        <ul class="timeline-events">
          {events.slice(0, MAX_LISTED_EVENTS).map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{formatDate(e.date)}</time>{' '}
              {onOpenEvent ? (
                <button type="button" class="link" onClick={() => onOpenEvent(e.id, e.label)}>
                  {shortTitle(e.label, 60)}
                </button>
              ) : (
                shortTitle(e.label, 60)
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="meta">
        {[
          articles ? `${plural(articles, 'dated article')}` : '',
          events.length > MAX_LISTED_EVENTS ? `${events.length - MAX_LISTED_EVENTS} more events` : '',
          undated ? `${undated} undated` : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </section>
  );
}

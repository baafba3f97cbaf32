import { hasChart, type MentionTimeline } from '~/lib/kb/mention-timeline';
import { countOf, formatDate, shortTitle, yearSpan } from './format';
import { MentionChart } from './MentionChart';

/** The chart's caption: "312 dated articles, 2003–2017, most in 2008". */
function mentionSummary(t: MentionTimeline): string {
  const span = yearSpan(t.bins[0]?.period ?? null, t.bins.at(-1)?.period ?? null);
  return [countOf(t.articles, 'dated article'), span, t.peak && `most in ${formatDate(t.peak)}`].filter(Boolean).join(', ');
}

/**
 * An entity's timeline: its dated articles per year (or month) as a small chart with the page's
 * date and its best-covered events marked, the events listed (each opens its card with
 * `onOpenEvent`). A name seen in one period gets its dates in words: one bar is no chart.
 */
export function Timeline({ model, asOf, onOpenEvent }: { model: MentionTimeline; asOf: string; onOpenEvent?(id: string, label: string): void }) {
  const first = formatDate(model.first);
  const last = formatDate(model.last);
  const chart = hasChart(model);
  const undated = model.undated.articles + model.undated.events;
  const meta = [model.moreEvents ? countOf(model.moreEvents, 'more event') : '', undated ? `${undated} undated` : ''].filter(Boolean).join(' · ');
  return (
    <section class="timeline" aria-labelledby="bs-timeline">
      <h3 id="bs-timeline">Timeline</h3>
      <p class="timeline-span">
        {chart
          ? mentionSummary(model)
          : !first
            ? 'The corpus gives no dates for it.'
            : first === last
              ? `Seen on ${first}`
              : `First seen ${first} · last seen ${last}`}
      </p>
      {chart && <MentionChart model={model} asOf={asOf} summary={`Mentioned in ${mentionSummary(model)}`} />}
      {chart && model.keyEvents.length > 0 ? (
        // Behind a disclosure, so a twenty-year card's first view fits 520 px: the chart's numbered points tell them on hover.
        <details class="key-events">
          <summary>{`${model.keyEvents.length} key events${model.moreEvents ? ` of ${model.keyEvents.length + model.moreEvents}` : ''}`}</summary>
          <KeyEvents model={model} numbered onOpenEvent={onOpenEvent} />
          {meta && <p class="meta">{meta}</p>}
        </details>
      ) : (
        <>
          <KeyEvents model={model} numbered={false} onOpenEvent={onOpenEvent} />
          {meta && <p class="meta">{meta}</p>}
        </>
      )}
    </section>
  );
}

/** The key events, oldest first, each opening its card with `onOpenEvent`; `numbered` (in CSS) as the chart's points. */
function KeyEvents({ model, numbered, onOpenEvent }: { model: MentionTimeline; numbered: boolean; onOpenEvent?(id: string, label: string): void }) {
  if (!model.keyEvents.length) return null;
  return (
    <ol class={numbered ? 'timeline-events numbered' : 'timeline-events'}>
      {model.keyEvents.map((e) => (
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
    </ol>
  );
}

import type { MentionTimeline } from '~/lib/kb/mention-timeline';
import { formatDate } from './format';

// Drawn at the card's inner width (380 px less padding), so one unit is about one pixel.
const W = 348;
const TOP = 12; // room for the event points above the bars
const BASE = 40; // the bars' baseline
const H = 54; // the period labels under it

/**
 * The mentions chart: one bar per period, the page's date as a line, the key events as numbered
 * points (numbered as the list under it). Its words are the summary plus where the page falls.
 */
export function MentionChart({ model, asOf, summary }: { model: MentionTimeline; asOf: string; summary: string }) {
  const { bins } = model;
  const step = W / bins.length;
  const max = Math.max(...bins.map((b) => b.count));
  const x = (at: number) => (at * W).toFixed(1);
  // A period of few articles keeps a visible sliver beside the peak's full height.
  const height = (count: number) => Math.max(1.5, ((BASE - TOP) * count) / max);
  const page = model.asOfAt === null ? '' : `; this page: ${formatDate(asOf)}`;
  // Points of events close in time would cover each other's numbers: each keeps a point's width from the one before.
  const points: number[] = [];
  for (const e of model.keyEvents) points.push(Math.max(e.at * W, (points.at(-1) ?? -W) + 12));
  const shift = Math.max(0, (points.at(-1) ?? 0) - (W - 6));
  return (
    <svg class="mention-chart" viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${summary}${page}.`}>
      {bins.map((b, i) =>
        b.count ? (
          <rect
            key={b.period}
            class="bar"
            x={(i * step + step * 0.1).toFixed(1)}
            width={Math.max(1, step * 0.8).toFixed(1)}
            y={(BASE - height(b.count)).toFixed(1)}
            height={height(b.count).toFixed(1)}
          />
        ) : null,
      )}
      <line class="axis" x1="0" x2={W} y1={BASE + 0.5} y2={BASE + 0.5} />
      {model.asOfAt !== null && (
        <g class="page-date">
          <line x1={x(model.asOfAt)} x2={x(model.asOfAt)} y1="2" y2={BASE + 4} />
          {/* Kept clear of the period labels at both ends. */}
          <text x={Math.min(W - 64, Math.max(64, model.asOfAt * W)).toFixed(1)} y={H - 2} text-anchor="middle">
            this page
          </text>
        </g>
      )}
      {model.keyEvents.map((e, i) => (
        <g key={e.id} class="event-point">
          <title>{`${formatDate(e.date)}: ${e.label}`}</title>
          <circle cx={((points[i] ?? 0) - shift).toFixed(1)} cy="6" r="5.5" />
          <text x={((points[i] ?? 0) - shift).toFixed(1)} y="8.5" text-anchor="middle">
            {i + 1}
          </text>
        </g>
      ))}
      <text class="period" x="0" y={H - 2}>
        {formatDate(bins[0]?.period ?? null)}
      </text>
      <text class="period" x={W} y={H - 2} text-anchor="end">
        {formatDate(bins.at(-1)?.period ?? null)}
      </text>
    </svg>
  );
}

import type { ComponentChildren } from 'preact';
import type { PackCredit } from '~/lib/kb/pack';
import { formatDate, packCreditText } from './format';
import { BackIcon, CloseIcon, PinIcon } from './icons';

export interface CardFrameProps {
  /** Extra class on the dialog ("event-card"), for styles and tests. */
  kind?: string;
  /** Id of the heading that labels the dialog. */
  headingId: string;
  heading: string;
  /** The type badge beside the heading, once known. */
  badge: ComponentChildren;
  pinned: boolean;
  canGoBack: boolean;
  scheme: 'light' | 'dark';
  /** The KB's date (YYYY-MM-DD) for the footer, so a reader knows how fresh it is. */
  kbDate: string | null;
  /** The loaded packs the card draws on: each credited in the footer. */
  packs?: PackCredit[];
  onBack(): void;
  onTogglePin(): void;
  onClose(): void;
  /** In the reader's research collection: true or false; null hides the Collect toggle (nothing loaded to collect). */
  collected?: boolean | null;
  onToggleCollect?(): void;
  children: ComponentChildren;
}

/** The Collect toggle: unlike the pin (which keeps the card open), it keeps the entity or event in the research collection. */
function CollectToggle({ collected, onToggle }: { collected: boolean; onToggle(): void }) {
  return (
    <div class="collect-bar">
      <button type="button" class="collect" aria-pressed={collected} onClick={onToggle}>
        {collected ? '★ Collected' : '☆ Collect'}
      </button>
      <span class="meta">{collected ? 'In your research collection, on this computer.' : 'Keep it in your research collection, on this computer.'}</span>
    </div>
  );
}

/** What every card shares: the dialog, its header (back, heading, pin, close) and the KB-date footer. */
export function CardFrame(props: CardFrameProps) {
  const { pinned } = props;
  const kbDate = formatDate(props.kbDate);
  return (
    <div class={props.kind ? `card ${props.kind}` : 'card'} role="dialog" aria-labelledby={props.headingId} data-scheme={props.scheme} tabIndex={-1}>
      <header>
        {props.canGoBack && (
          <button type="button" class="icon" aria-label="Back" onClick={props.onBack}>
            <BackIcon />
          </button>
        )}
        <div class="heading">
          <h2 id={props.headingId}>{props.heading}</h2>
          {props.badge}
        </div>
        <button type="button" class="icon" aria-label={pinned ? 'Unpin card' : 'Pin card'} aria-pressed={pinned} onClick={props.onTogglePin}>
          <PinIcon filled={pinned} />
        </button>
        <button type="button" class="icon" aria-label="Close card" onClick={props.onClose}>
          <CloseIcon />
        </button>
      </header>
      {props.children}
      {typeof props.collected === 'boolean' && props.onToggleCollect && <CollectToggle collected={props.collected} onToggle={props.onToggleCollect} />}
      <footer>
        {kbDate ? `Backstory · knowledge base as of ${kbDate}` : 'Backstory'}
        {props.packs?.map((p) => (
          <span class="pack-credit" key={p.name}>
            {packCreditText(p)}
          </span>
        ))}
      </footer>
    </div>
  );
}

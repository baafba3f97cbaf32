import type { ComponentChildren } from 'preact';
import { formatDate } from './format';
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
  onBack(): void;
  onTogglePin(): void;
  onClose(): void;
  children: ComponentChildren;
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
      <footer>{kbDate ? `Backstory · knowledge base as of ${kbDate}` : 'Backstory'}</footer>
    </div>
  );
}

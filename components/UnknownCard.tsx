import type { EntityType } from '~/lib/kb/schema';
import { CardFrame } from './CardFrame';
import { TYPE_LABELS } from './format';

export interface UnknownCardProps {
  /** The name as the page writes it. */
  name: string;
  type: EntityType;
  pinned: boolean;
  scheme: 'light' | 'dark';
  onTogglePin(): void;
  onClose(): void;
}

/** The card of a name the knowledge base lacks (marked only when the reader asks for such names). */
export function UnknownCard(props: UnknownCardProps) {
  return (
    <CardFrame
      kind="unknown-card"
      headingId="bs-name"
      heading={props.name}
      badge={<span class={`type type-${props.type}`}>{TYPE_LABELS[props.type]}</span>}
      pinned={props.pinned}
      canGoBack={false}
      scheme={props.scheme}
      kbDate={null}
      onBack={() => undefined}
      onTogglePin={props.onTogglePin}
      onClose={props.onClose}
    >
      <p class="status">Not in the knowledge base: no article of the corpus names this {TYPE_LABELS[props.type].toLowerCase()}.</p>
    </CardFrame>
  );
}

/** Small stroke icons for the card's buttons (their labels are on the buttons, so these are hidden from screen readers). */
const svg = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 2 } as const;

export function PinIcon({ filled }: { filled: boolean }) {
  return (
    <svg {...svg} aria-hidden="true" stroke-linecap="round" stroke-linejoin="round">
      <path d="M9 4h6l-1 6 3 3v2H7v-2l3-3z" fill={filled ? 'currentColor' : 'none'} />
      <path d="M12 15v6" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...svg} aria-hidden="true" stroke-linecap="round">
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

export function BackIcon() {
  return (
    <svg {...svg} aria-hidden="true" stroke-linecap="round" stroke-linejoin="round">
      <path d="M15 6l-6 6 6 6" />
    </svg>
  );
}

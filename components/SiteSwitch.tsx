export interface SiteSwitchProps {
  host: string;
  enabled: boolean;
  busy: boolean;
  onChange(enabled: boolean): void;
}

/** The per-site on/off switch: a checkbox with the switch role, so screen readers announce "on"/"off". */
export function SiteSwitch({ host, enabled, busy, onChange }: SiteSwitchProps) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        aria-checked={enabled}
        disabled={busy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>
        On <strong>{host}</strong>
      </span>
    </label>
  );
}

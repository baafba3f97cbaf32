import { DWELL_CHOICES } from '~/config/settings';

export interface DwellSettingProps {
  dwellMs: number;
  onChange(ms: number): void;
  /** While the stored settings are not read yet. */
  disabled?: boolean;
}

/** How soon a card opens under a resting pointer: a choice of a few dwell times. */
export function DwellSetting({ dwellMs, onChange, disabled }: DwellSettingProps) {
  return (
    <label class="setting">
      Cards open{' '}
      <select value={String(dwellMs)} disabled={disabled} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {DWELL_CHOICES.map((c) => (
          <option key={c.ms} value={String(c.ms)}>
            {c.label}
          </option>
        ))}
        {!DWELL_CHOICES.some((c) => c.ms === dwellMs) && <option value={String(dwellMs)}>after {dwellMs} ms</option>}
      </select>
    </label>
  );
}

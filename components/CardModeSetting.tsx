import type { CardMode } from '~/config/settings';

export interface CardModeSettingProps {
  mode: CardMode;
  onChange(mode: CardMode): void;
  /** While the stored settings are not read yet. */
  disabled?: boolean;
}

/** The plain-language card (students) on or off: a short card with one background line and key dates first. */
export function CardModeSetting({ mode, onChange, disabled }: CardModeSettingProps) {
  return (
    <label class="setting">
      <input
        type="checkbox"
        checked={mode === 'plain'}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked ? 'plain' : 'standard')}
      />{' '}
      Plain cards: short, key dates first
    </label>
  );
}

export interface ExportButtonsProps {
  /** What is exported, for the label: "this page", "the collection". */
  what: string;
  disabled?: boolean;
  onExport(format: 'csv' | 'json'): void;
}

/** Export as CSV (spreadsheets) or JSON (scripts); both carry the KB's ids. */
export function ExportButtons({ what, disabled, onExport }: ExportButtonsProps) {
  return (
    <fieldset class="export">
      <legend>Export {what}:</legend>
      <button type="button" disabled={disabled} onClick={() => onExport('csv')}>
        CSV
      </button>
      <button type="button" disabled={disabled} onClick={() => onExport('json')}>
        JSON
      </button>
    </fieldset>
  );
}

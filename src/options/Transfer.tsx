import { useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n.ts';
import type { ImportResult, RejectReason } from '../core/tracker-file.ts';
import { useLocale } from '../popup/i18n-context.ts';

export interface TransferProps {
  onExport: (format: 'json' | 'csv') => void;
  /** Reads and merges a file; resolves to what was added and rejected. */
  onImport: (file: File) => Promise<ImportResult>;
}

const REASON: Record<RejectReason, MessageKey> = {
  'file-too-large': 'rejectFileTooLarge',
  'not-json': 'rejectNotJson',
  'not-notrain': 'rejectNotNoTrain',
  'newer-version': 'rejectNewerVersion',
  'no-tracker': 'rejectNoTracker',
  'invalid-entry': 'rejectInvalidEntry',
  'invalid-step': 'rejectInvalidStep',
  'invalid-workspace': 'rejectInvalidWorkspace',
  'invalid-preference': 'rejectInvalidPreference',
  'too-many-entries': 'rejectTooManyEntries',
  'set-aside-in-file': 'rejectSetAsideInFile',
};

/** Export as JSON (complete) or CSV (for a spreadsheet); import a JSON export, with what was rejected and why. */
export function Transfer({ onExport, onImport }: TransferProps) {
  const { t } = useLocale();
  const [result, setResult] = useState<ImportResult | 'failed' | undefined>();
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transferHeading')}</h2>
      <p class="hint">{t('transferHint')}</p>
      <div class="buttons">
        <button type="button" class="button" onClick={() => onExport('json')} data-testid="export-json">
          {t('exportJson')}
        </button>
        <button type="button" class="button" onClick={() => onExport('csv')} data-testid="export-csv">
          {t('exportCsv')}
        </button>
      </div>
      <label class="import">
        {t('importLabel')}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            onImport(file).then(setResult, () => setResult('failed'));
            // The same file can be chosen again (to check that a second import adds nothing).
            input.value = '';
          }}
        />
      </label>
      <div role="status" data-testid="import-result">
        {result === 'failed' ? (
          <p>{t('importFailed')}</p>
        ) : result ? (
          <>
            <p>{t('importSummary', [String(result.added), String(result.updated), String(result.unchanged)])}</p>
            {result.rejected.length ? (
              <>
                <p>{t('importRejected', [String(result.rejected.length)])}</p>
                <ul data-testid="import-rejected">
                  {result.rejected.map((item, i) => (
                    <li key={i}>
                      <code>{item.where === 'file' ? t('importWholeFile') : item.where}</code>: {t(REASON[item.reason])}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { useText } from './i18n';
import type { DatasetSummary, ImportResult } from '../utils/messages';

/** The file name of an export. */
export const EXPORT_FILE_NAME = 'ai-la-ai-dataset.json';

/** What the panel can ask for; the page that mounts it implements these with messages. */
export interface DatasetActions {
  /** Imports the file; the owner refreshes `info` afterwards. */
  importFile(file: File): Promise<ImportResult>;
  /** The dataset in effect as JSON text. */
  exportDataset(): Promise<string>;
  /** Drops the import; the owner refreshes `info` afterwards. */
  reset(): Promise<DatasetSummary>;
}

export interface DatasetPanelProps {
  info: DatasetSummary;
  actions: DatasetActions;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'import'; result: ImportResult }
  | { kind: 'note'; text: string; error?: boolean };

/** "2026-07-03" → "03/07/2026"; shorter dates keep their precision ("2026-07" → "07/2026"). */
export function formatDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Offers `text` as a download through a Blob URL and a temporary link. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The options page's dataset section: what is in effect, and import, export and reset. */
export function DatasetPanel({ info, actions }: DatasetPanelProps) {
  const { t, language } = useText();
  const formatCount = (n: number) => n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  const run = async (busyText: string, work: () => Promise<Status>) => {
    setStatus({ kind: 'busy', text: busyText });
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ kind: 'note', text: t('dataset_failed', errorText(error)), error: true });
    }
  };

  const onImport = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void run(t('dataset_importing'), async () => {
      try {
        return { kind: 'import', result: await actions.importFile(file) };
      } finally {
        // Lets the same file be chosen again after fixing it.
        input.value = '';
      }
    });
  };

  const onExport = () =>
    void run(t('dataset_exporting'), async () => {
      download(await actions.exportDataset(), EXPORT_FILE_NAME);
      return { kind: 'note', text: t('dataset_exportDone') };
    });

  const onReset = () =>
    void run(t('dataset_resetting'), async () => {
      await actions.reset();
      return { kind: 'note', text: t('dataset_resetDone') };
    });

  const showOriginalLicense = info.license.trim() !== '' && info.license !== t('dataset_credit');

  return (
    <section class="dataset" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{t('dataset_heading')}</h2>
      <dl class="facts">
        <dt>{t('dataset_version')}</dt>
        <dd data-testid="dataset-version">{info.version}</dd>
        <dt>{t('dataset_asOf')}</dt>
        <dd data-testid="dataset-as-of">{formatDate(info.asOf)}</dd>
        <dt>{t('dataset_people')}</dt>
        <dd data-testid="dataset-people">
          <span data-testid="dataset-people-total">{formatCount(info.people)}</span>{' '}
          <span class="muted">
            ({t('dataset_bundled')}{' '}
            <span data-testid="dataset-bundled">{formatCount(info.bundled?.people ?? 0)}</span>,{' '}
            {t('dataset_imported')}{' '}
            <span data-testid="dataset-imported">{formatCount(info.imported?.people ?? 0)}</span>)
          </span>
        </dd>
      </dl>
      <div class="license" data-testid="dataset-license">
        <p>{t('dataset_credit')}</p>
        {showOriginalLicense ? (
          <p class="muted small">
            {t('dataset_licenseOriginal')} {info.license}
          </p>
        ) : null}
      </div>

      <div class="actions">
        <label class="file">
          <span class="label">{t('dataset_importLabel')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-input"
            disabled={busy}
            onChange={onImport}
          />
          <span class="muted small">{t('dataset_importHint')}</span>
        </label>
        <div class="buttons">
          <button type="button" data-testid="export-button" disabled={busy} onClick={onExport}>
            {t('dataset_exportButton')}
          </button>
          <button type="button" data-testid="reset-button" disabled={busy} onClick={onReset}>
            {t('dataset_resetButton')}
          </button>
        </div>
      </div>

      <div data-testid="import-result" role="status" aria-live="polite">
        {status.kind === 'busy' ? <p class="muted">{status.text}</p> : null}
        {status.kind === 'note' ? <p class={status.error ? 'error' : 'ok'}>{status.text}</p> : null}
        {status.kind === 'import' && status.result.ok ? (
          <p class="ok">{t('dataset_importDone', formatCount(status.result.people))}</p>
        ) : null}
        {status.kind === 'import' && !status.result.ok ? (
          <div class="error">
            <p>
              {t('dataset_importFailed')}{' '}
              {status.result.refusal
                ? t(
                    `dataset_refused_${status.result.refusal.code}`,
                    ...status.result.refusal.params,
                  )
                : status.result.message}
            </p>
            {/* Schema problems name fields of the file; the other refusals say it all above. */}
            {!status.result.refusal || status.result.refusal.code === 'invalid' ? (
              <ul data-testid="import-problems">
                {status.result.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

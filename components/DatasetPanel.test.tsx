// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetSummary, ImportResult } from '../utils/messages';
import { translatorFor } from '../utils/i18n';
import { LanguageProvider } from './i18n';
import { DatasetPanel, EXPORT_FILE_NAME, formatDate, type DatasetActions } from './DatasetPanel';

const INFO: DatasetSummary = {
  version: '0.1.0',
  asOf: '2026-07-03',
  license: 'CC BY-SA 4.0',
  people: 1601,
  bundled: { version: '0.1.0', asOf: '2026-07-03', license: 'CC BY-SA 4.0', people: 1600 },
  imported: {
    version: '0.0.1',
    asOf: '2026-07-01',
    license: 'CC BY-SA 4.0',
    people: 1,
    importedAt: '2026-07-04T10:00:00.000Z',
  },
};

function actionsWith(overrides: Partial<DatasetActions> = {}): DatasetActions {
  return {
    importFile: vi.fn(async (): Promise<ImportResult> => ({ ok: true, people: 1 })),
    exportDataset: vi.fn(async () => '{}'),
    reset: vi.fn(async () => INFO),
    ...overrides,
  };
}

function mount(actions: DatasetActions) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<DatasetPanel info={INFO} actions={actions} />, root);
  const byId = (id: string) => root.querySelector(`[data-testid="${id}"]`);
  return { root, byId, text: (id: string) => byId(id)?.textContent?.replace(/\s+/g, ' ') };
}

/** Lets the panel's promises settle and Preact re-render. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const viText = translatorFor('vi');

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('DatasetPanel', () => {
  it('shows the version, date, people and the credit line', () => {
    const { text } = mount(actionsWith());
    expect(text('dataset-version')).toBe('0.1.0');
    expect(text('dataset-as-of')).toBe('03/07/2026');
    expect(text('dataset-people')).toBe('1.601 (gốc 1.600, nhập thêm 1)');
    expect(text('dataset-license')).toContain(viText('dataset_credit'));
    expect(text('dataset-license')).toContain('CC BY-SA 4.0');
    expect(formatDate('2026-07')).toBe('07/2026');
  });

  it('lists the problems when an import is refused', async () => {
    const importFile = vi.fn(async (): Promise<ImportResult> => ({
      ok: false,
      message: 'The file is not a valid dataset (2 problems). Nothing was imported.',
      problems: ['asOf: is missing', 'people[0].name: is missing'],
    }));
    const { byId, text } = mount(actionsWith({ importFile }));
    const input = byId('import-input') as HTMLInputElement;
    const file = new File(['{}'], 'bad.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(importFile).toHaveBeenCalledWith(file);
    expect(text('import-result')).toContain('Không nhập được.');
    const problems = [...(byId('import-problems')?.querySelectorAll('li') ?? [])];
    expect(problems.map((li) => li.textContent)).toEqual([
      'asOf: is missing',
      'people[0].name: is missing',
    ]);
  });

  it("says why a file was refused in the interface's language", async () => {
    const importFile = vi.fn(async (): Promise<ImportResult> => ({
      ok: false,
      message: 'The file is not JSON (Unexpected token). Nothing was imported.',
      refusal: { code: 'notJson', params: ['Unexpected token'] },
      problems: ['The file is not JSON (Unexpected token). Nothing was imported.'],
    }));
    const { byId, text } = mount(actionsWith({ importFile }));
    const input = byId('import-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['nope'], 'bad.json')],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(text('import-result')).toBe(
      `${viText('dataset_importFailed')} ${viText('dataset_refused_notJson', 'Unexpected token')}`,
    );
    expect(text('import-result')).toContain('Tệp không phải JSON');
    expect(text('import-result')).not.toContain('Nothing was imported');
    expect(byId('import-problems')).toBeNull();
  });

  it('says how many people an import brought', async () => {
    const { byId, text } = mount(actionsWith());
    const input = byId('import-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['{}'], 'ok.json')],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(text('import-result')).toBe('Đã nhập 1 người.');
  });

  it('exports through the action as a JSON download', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const exportDataset = vi.fn(async () => '{"version":"0.1.0"}');
    const { byId, text } = mount(actionsWith({ exportDataset }));
    (byId('export-button') as HTMLButtonElement).click();
    await settle();
    expect(exportDataset).toHaveBeenCalledOnce();
    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(await (createObjectURL.mock.calls[0]![0] as Blob).text()).toBe('{"version":"0.1.0"}');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(EXPORT_FILE_NAME);
    expect(clicked[0]!.href).toBe('blob:test');
    expect(text('import-result')).toBe(viText('dataset_exportDone'));
  });

  it('resets through the action', async () => {
    const reset = vi.fn(async () => INFO);
    const { byId, text } = mount(actionsWith({ reset }));
    (byId('reset-button') as HTMLButtonElement).click();
    await settle();
    expect(reset).toHaveBeenCalledOnce();
    expect(text('import-result')).toBe(viText('dataset_resetDone'));
  });

  it('speaks English under an English LanguageProvider', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <LanguageProvider language="en">
        <DatasetPanel info={INFO} actions={actionsWith()} />
      </LanguageProvider>,
      root,
    );
    const people = root.querySelector('[data-testid="dataset-people"]')?.textContent;
    expect(people?.replace(/\s+/g, ' ')).toBe('1,601 (bundled 1,600, imported 1)');
    expect(root.querySelector('h2')?.textContent).toBe('Dataset');
  });
});

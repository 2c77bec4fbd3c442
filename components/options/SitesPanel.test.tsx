// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEWS_SITES } from '../../lib/sites/news-sites';
import { LanguageProvider } from '../i18n';
import { SitesPanel, type SitesActions } from './SitesPanel';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(actions: Partial<SitesActions> = {}) {
  const all: SitesActions = {
    setSite: vi.fn(async (_key: string, on: boolean) => on),
    addSite: vi.fn(async () => true),
    removeSite: vi.fn(async () => {}),
    ...actions,
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <LanguageProvider language="en">
      <SitesPanel
        sites={{ 'tuoitre.vn': false, 'example.org': true }}
        added={[{ host: 'example.org', on: true }]}
        actions={all}
      />
    </LanguageProvider>,
    root,
  );
  const input = (id: string) => root.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
  return { root, actions: all, input };
}

describe('SitesPanel', () => {
  it('lists every built-in news site with its switch, on unless switched off', () => {
    const { root, input } = mount();
    expect(root.querySelectorAll('[data-testid="news-sites"] li')).toHaveLength(NEWS_SITES.length);
    expect(input('site-switch-vnexpress.net').checked).toBe(true);
    expect(input('site-switch-tuoitre.vn').checked).toBe(false);
    expect(input('site-switch-example.org').checked).toBe(true);
  });

  it('switches a site and adds one typed as a URL', async () => {
    const { root, actions, input } = mount();
    input('site-switch-vnexpress.net').click();
    expect(actions.setSite).toHaveBeenCalledWith('vnexpress.net', false);

    const field = input('add-site-input');
    field.value = 'https://BaoDauTu.vn/some/page';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    root.querySelector<HTMLButtonElement>('[data-testid="add-site-button"]')!.click();
    await settle();
    expect(actions.addSite).toHaveBeenCalledWith('baodautu.vn');
    expect(root.textContent).toContain('On for baodautu.vn.');
  });

  it('refuses what is not a host name, and says when the browser refused', async () => {
    const { root, actions, input } = mount({ addSite: vi.fn(async () => false) });
    const field = input('add-site-input');
    const button = root.querySelector<HTMLButtonElement>('[data-testid="add-site-button"]')!;
    field.value = 'not a host';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    button.click();
    await settle();
    expect(actions.addSite).not.toHaveBeenCalled();
    expect(root.textContent).toContain('“not a host” is not a host name.');

    field.value = 'example.net';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    button.click();
    await settle();
    expect(root.textContent).toContain('The browser did not grant access to example.net.');
  });
});

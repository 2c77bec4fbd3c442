/**
 * Styles of the card inside its shadow root: nothing from the page reaches them, and no rem
 * (the page's root font size is not ours). Light and dark themes follow the reader's system,
 * like Wikipedia's page previews; every text colour keeps a contrast of 4.5:1 or more.
 */
export const CARD_CSS = `
.card {
  box-sizing: border-box;
  width: 340px;
  max-width: min(360px, calc(100vw - 16px));
  max-height: min(75vh, 600px, var(--room, 600px));
  overflow-y: auto;
  scrollbar-width: thin;
  padding: 12px 16px 10px;
  border-radius: 6px;
  background: #ffffff;
  color: #202122;
  border: 1px solid #c8ccd1;
  box-shadow: 0 20px 48px -12px rgba(0, 0, 0, 0.35), 0 0 1px rgba(0, 0, 0, 0.3);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  text-align: left;
  color-scheme: light;
  --muted: #54595d;
  --rule: #eaecf0;
  --accent: #3366cc;
}
.card * { box-sizing: border-box; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.kind {
  display: inline-flex; align-items: center; gap: 6px;
  font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em;
  color: var(--muted);
}
.kind::before {
  content: ''; width: 8px; height: 8px; border-radius: 50%; background: var(--dot, #c8ccd1);
}
.card[data-kind='person'] { --dot: #e0a100; }
.card[data-kind='person-unlinked'] { --dot: #e36f00; }
.card[data-kind='title'] { --dot: #3f7fd9; }
.card[data-kind='body'] { --dot: #2f9e62; }
.toggle {
  font: inherit; font-size: 12px; line-height: 1; cursor: pointer;
  padding: 4px 8px; border-radius: 999px;
  border: 1px solid #a2a9b1; background: transparent; color: var(--muted);
}
.toggle[aria-pressed='true'] { background: var(--accent); border-color: var(--accent); color: #ffffff; }
.toggle:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.name { margin: 4px 0 0; font-size: 18px; font-weight: 650; line-height: 1.25; }
.facts { margin-top: 2px; font-size: 13px; color: var(--muted); }
.subtitle { margin-top: 6px; font-weight: 500; }
.on-page { color: var(--muted); font-weight: 400; font-size: 13px; }
.translation { margin-top: 4px; color: var(--muted); font-style: italic; }
.section { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--rule); }
.label {
  margin: 0 0 3px; font-size: 11px; font-weight: 600; text-transform: uppercase;
  letter-spacing: 0.05em; color: var(--muted);
}
.posts { list-style: none; margin: 0; padding: 0; }
.posts li { margin: 1px 0; }
.post { font-weight: 500; }
.years, .muted { color: var(--muted); font-size: 13px; }
p.muted, p.reason { margin: 2px 0; }
.reason { font-size: 13px; }
.en { font-size: 12px; line-height: 1.35; color: var(--muted); font-style: italic; }
.timeline { list-style: none; margin: 0; padding: 0; }
.timeline li { display: grid; grid-template-columns: 76px 1fr; gap: 8px; margin: 2px 0; }
.when { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; padding-top: 1px; }
.what .post { font-weight: 400; }
.more { margin: 2px 0 0 84px; }
.footer {
  margin-top: 10px; padding-top: 6px; border-top: 1px solid var(--rule);
  font-size: 11px; line-height: 1.4; color: var(--muted);
}
@media (prefers-color-scheme: dark) {
  .card {
    background: #1f2124; color: #eaecf0; border-color: #3f4349; color-scheme: dark;
    box-shadow: 0 20px 48px -12px rgba(0, 0, 0, 0.8), 0 0 1px rgba(255, 255, 255, 0.25);
    --muted: #a9b0b8; --rule: #34383d; --accent: #6d9eeb;
  }
  .toggle { border-color: #6b7178; }
  .toggle[aria-pressed='true'] { color: #101418; }
}
`;

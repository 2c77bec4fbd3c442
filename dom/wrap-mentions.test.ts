// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageText } from './collect-page-text';
import { MENTION_TAG, wrapMentions } from './wrap-mentions';

function setUp(html: string) {
  document.body.innerHTML = html;
  const page = collectPageText(document.body);
  const at = (text: string) => {
    const start = page.text.indexOf(text);
    return { start, end: start + text.length };
  };
  return { page, at };
}

describe('wrapMentions', () => {
  it('wraps each mention in a tab stop and restores the page exactly', () => {
    const html =
      '<p id="p">Phó Thủ tướng <b>Phạm</b> Bình Minh và ông <a href="#">Hoàng Bình Quân</a> dự.</p>';
    const { page, at } = setUp(html);
    const before = document.body.innerHTML;
    const firstText = document.getElementById('p')!.firstChild;
    const wrapped = wrapMentions(page, [
      { ...at('Phó Thủ tướng'), kind: 'title', label: 'Phó Thủ tướng' },
      { ...at('Phạm Bình Minh'), kind: 'person', label: 'Phạm Bình Minh' },
      { ...at('Hoàng Bình Quân'), kind: 'person', label: 'Hoàng Bình Quân' },
    ]);
    const elements = [...document.querySelectorAll(MENTION_TAG)];
    expect(elements.map((e) => e.textContent)).toEqual([
      'Phó Thủ tướng',
      'Phạm',
      ' Bình Minh',
      'Hoàng Bình Quân',
    ]);
    // One tab stop per mention, none inside a link (it is one already).
    expect(elements.map((e) => e.getAttribute('tabindex'))).toEqual(['0', '0', null, null]);
    expect(wrapped.elementsOf(1)).toHaveLength(2);
    expect(wrapped.indexOf.get(elements[2]!)).toBe(1);
    expect(document.body.textContent).toBe(
      new DOMParser().parseFromString(html, 'text/html').body.textContent,
    );

    wrapped.restore();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('p')!.firstChild).toBe(firstText);
    expect(document.querySelectorAll(MENTION_TAG)).toHaveLength(0);
  });
});

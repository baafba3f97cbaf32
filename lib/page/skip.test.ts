// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isChrome } from './skip';

/** Whether a <div> with `attributes` is chrome. */
function chrome(attributes: string): boolean {
  document.body.innerHTML = `<div ${attributes}></div>`;
  return isChrome(document.body.firstElementChild as Element);
}

describe('isChrome by class and id', () => {
  it('takes a chrome word between spaces, hyphens and underscores, in any case', () => {
    for (const value of ['ad', 'ad-slot', 'top_ads', 'story AD', 'has-big-ad', 'Cookie_Banner', 'share--tools', 'x\tsidebar']) {
      expect(chrome(`class="${value}"`), value).toBe(true);
    }
    expect(chrome('id="outbrain-widget"')).toBe(true);
  });

  it('leaves a chrome word inside a longer word', () => {
    for (const value of ['header', 'load', 'shadow', 'adsense2', 'reading', 'shared', 'biography', 'printer', 'menus-x', 'no-cookiejar']) {
      expect(chrome(`class="${value}"`), value).toBe(false);
    }
  });

  it('takes text hidden for screen readers as a whole class only', () => {
    expect(chrome('class="a SR-Only b"')).toBe(true);
    expect(chrome('class="visually-hidden"')).toBe(true);
    expect(chrome('class="sr-only-focusable"')).toBe(false);
    expect(chrome('class="not-visually-hidden"')).toBe(false);
  });
});

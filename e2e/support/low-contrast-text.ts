import type { Page } from 'playwright-core';

/**
 * Visible HTML text on the page whose contrast with its background is below WCAG AA: 4.5:1, or 3:1
 * for large text (24 px, or 18.7 px bold). The background is the first opaque background colour up
 * the tree. Disabled controls and chart drawings (SVG) are left out.
 */
export function lowContrastText(page: Page): Promise<string[]> {
  // A plain script, not a function: the test runner's transpiler would add helpers the page lacks.
  return page.evaluate(`(() => {
    const parse = (colour) => {
      const m = colour.match(/rgba?[(]([^)]+)[)]/);
      if (!(m && m[1])) return [0, 0, 0, 0];
      const parts = m[1]
        .split(/[ ,/]+/)
        .filter((p) => p !== '')
        .map(Number);
      return [parts[0] || 0, parts[1] || 0, parts[2] || 0, parts.length > 3 ? parts[3] : 1];
    };
    const luminance = ([r, g, b]) => {
      const channel = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element) => {
      for (let e = element; e !== null; e = e.parentElement) {
        const colour = parse(getComputedStyle(e).backgroundColor);
        if (colour[3] >= 1) return colour;
      }
      return [255, 255, 255, 1];
    };
    const problems = [];
    for (const element of document.querySelectorAll('body *')) {
      if (element instanceof SVGElement || element.closest('svg') !== null) continue;
      if (element.disabled || element.closest('[aria-hidden="true"]') !== null)
        continue;
      const text = [...element.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent || '')
        .join('')
        .trim();
      if (text === '') continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (
        box.width === 0 ||
        box.height === 0 ||
        style.visibility === 'hidden' ||
        element.closest('.visually-hidden')
      )
        continue;
      const fg = parse(style.color);
      const bg = background(element);
      // A translucent text colour is blended over its background first.
      const blended = [
        fg[0] * fg[3] + bg[0] * (1 - fg[3]),
        fg[1] * fg[3] + bg[1] * (1 - fg[3]),
        fg[2] * fg[3] + bg[2] * (1 - fg[3]),
        1,
      ];
      const [light, dark] = [luminance(blended), luminance(bg)].sort((a, b) => b - a) ;
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        problems.push(
          ratio.toFixed(2) + ':1 "' + text.slice(0, 40) + '" (' + style.color + ' on rgb(' + bg.slice(0, 3).join(', ') + '))',
        );
    }
    return problems;
})()`) as Promise<string[]>;
}

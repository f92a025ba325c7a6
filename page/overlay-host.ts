/**
 * The single shadow root every piece of overlay UI lives in. The host is a zero-size absolutely
 * positioned element at the document origin, so the page's layout never moves and the page's CSS
 * cannot reach inside.
 */

export const HOST_TAG = 'source-context-overlay';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
  remove: () => void;
}

export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  // Inline style beats page rules for the box; text styles are reset inside (`:host { all: initial }`)
  // rather than here, so readers' own text-spacing stylesheets can still reach the overlay.
  host.setAttribute(
    'style',
    'position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; z-index: 2147483646 !important; display: block !important;',
  );
  const shadow = host.attachShadow({ mode: 'open' });
  // A <style> element rather than adoptedStyleSheets: Firefox content scripts can't hand a
  // constructed sheet across the page boundary.
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'sc-root';
  shadow.append(style, container);
  doc.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}

/** Whether the page is dark, from the computed background of the body or the root element. */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.4;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: readonly number[]): number {
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

/**
 * The overlay's base text size: a little smaller than the article's own body text, within readable
 * bounds, so badges and cards grow with the site's type and with the reader's zoom or font settings.
 */
export function overlayBaseSize(articleRoot: Element): number {
  const size = parseFloat(articleRoot.ownerDocument.defaultView?.getComputedStyle(articleRoot).fontSize ?? '') || 16;
  return Math.min(22, Math.max(12, size * 0.82));
}

/**
 * The meeting point of the content script and the lazily injected overlay UI (card and banner, with
 * Preact). They are separate bundles run in the same content-script world, so they meet on a global
 * symbol rather than through a shared module. Types only cross; the page can't see the symbol.
 */
import type { OverlayProps } from './Overlay';

export interface MountedOverlay {
  update: (props: OverlayProps) => void;
  unmount: () => void;
}

export interface OverlayUi {
  mount: (container: HTMLElement, props: OverlayProps) => MountedOverlay;
}

const UI_KEY = Symbol.for('source-context.overlay-ui');

type WithUi = typeof globalThis & { [UI_KEY]?: OverlayUi };

export function registerOverlayUi(ui: OverlayUi): void {
  (globalThis as WithUi)[UI_KEY] = ui;
}

/** The UI, once its script has run in this page; null before. */
export function registeredOverlayUi(): OverlayUi | null {
  return (globalThis as WithUi)[UI_KEY] ?? null;
}

/**
 * The badges, drawn without a framework. An article can carry hundreds of them and each is a plain
 * button at page coordinates, so they are built straight from the DOM API: one listener per event type
 * on the layer rather than several per badge, and badges reused by key when the text reflows. This
 * keeps drawing a long article to a few milliseconds, and keeps Preact (the card and the banner) out of
 * the content script until a page needs it.
 */
import type { ArticleContext } from './ContextCard';
import { badgeLabel, kindClass, kindStyle } from './kinds';

export interface BadgeModel {
  key: string;
  /** Where the mention starts in the article text: badges are kept in this order, the reading order. */
  at: number;
  name: string;
  kind: string;
  entityId: string | null;
  quotedTimes: number;
  /** What this article says about the actor, and what it quotes them saying. */
  article: ArticleContext;
  /** Page coordinates. */
  x: number;
  y: number;
}

/**
 * What the reader did to a badge. What it means for the card (open, focus, close) is the card UI's
 * decision: it alone knows, at the moment of the event, which card is open and how it was opened.
 */
export interface BadgeLayerHandlers {
  /** A click, or Enter or Space on the focused badge. */
  press: (badge: BadgeModel, trigger: HTMLButtonElement) => void;
  /** The pointer came to rest on the badge. */
  rest: (badge: BadgeModel, trigger: HTMLButtonElement) => void;
}

/** A resting pointer opens the card after this long; passing over a badge does nothing. */
export const HOVER_DELAY_MS = 600;

interface Drawn {
  model: BadgeModel;
  button: HTMLButtonElement;
}

export class BadgeLayer {
  readonly element: HTMLElement;
  private readonly drawn = new Map<string, Drawn>();
  /** The drawn badges in reading order, as they are in the layer's element. */
  private readonly ordered: Drawn[] = [];
  private readonly byButton = new WeakMap<Element, Drawn>();
  private expandedKey: string | null = null;
  private hoverTimer = 0;
  /** Every badge starts as a copy of this one: cloning beats setting the same attributes hundreds of times. */
  private readonly template: HTMLButtonElement;

  constructor(
    private readonly doc: Document,
    private readonly handlers: BadgeLayerHandlers,
  ) {
    this.element = doc.createElement('div');
    this.element.className = 'sc-badges';
    this.template = doc.createElement('button');
    this.template.type = 'button';
    this.template.setAttribute('aria-haspopup', 'dialog');
    this.template.setAttribute('aria-expanded', 'false');
    this.element.addEventListener('click', this.onClick);
    this.element.addEventListener('mouseover', this.onPointerOver);
    this.element.addEventListener('mouseout', this.onPointerOut);
  }

  /** Shows exactly these badges: new keys are drawn, known keys moved, missing keys removed. */
  update(badges: readonly BadgeModel[]): void {
    this.put(badges);
    this.prune(new Set(badges.map((b) => b.key)));
  }

  /**
   * Draws these badges besides those already drawn (known keys are moved). Each goes where its words
   * are in the text, so that Tab and a screen reader meet badges in reading order, whatever order they
   * were drawn in.
   */
  put(badges: readonly BadgeModel[]): void {
    for (const model of badges) {
      const known = this.drawn.get(model.key);
      if (known) {
        known.model = model;
        place(known.button, model);
        continue;
      }
      const drawn = { model, button: this.createButton(model) };
      this.drawn.set(model.key, drawn);
      this.byButton.set(drawn.button, drawn);
      const index = this.indexAfter(model.at);
      this.element.insertBefore(drawn.button, this.ordered[index]?.button ?? null);
      this.ordered.splice(index, 0, drawn);
    }
  }

  /** Removes every badge whose key is not kept. */
  prune(keep: ReadonlySet<string>): void {
    for (const [key, drawn] of this.drawn) {
      if (keep.has(key)) continue;
      drawn.button.remove();
      this.drawn.delete(key);
      this.ordered.splice(this.ordered.indexOf(drawn), 1);
    }
  }

  /** While badges are still being drawn, the layer says so to assistive technology (aria-busy). */
  setBusy(busy: boolean): void {
    if (busy) this.element.setAttribute('aria-busy', 'true');
    else this.element.removeAttribute('aria-busy');
  }

  /** The index in `ordered` of the first badge that starts after `at`. */
  private indexAfter(at: number): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ordered[mid]!.model.at <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The badge whose card is open, for `aria-expanded`; null when no card is open. */
  setExpanded(key: string | null): void {
    if (key === this.expandedKey) return;
    this.drawn.get(this.expandedKey ?? '')?.button.setAttribute('aria-expanded', 'false');
    this.drawn.get(key ?? '')?.button.setAttribute('aria-expanded', 'true');
    this.expandedKey = key;
  }

  destroy(): void {
    window.clearTimeout(this.hoverTimer);
    this.element.removeEventListener('click', this.onClick);
    this.element.removeEventListener('mouseover', this.onPointerOver);
    this.element.removeEventListener('mouseout', this.onPointerOut);
    this.element.remove();
    this.drawn.clear();
    this.ordered.length = 0;
  }

  private createButton(model: BadgeModel): HTMLButtonElement {
    // Colours come from the kind's class, the quote count from `data-count` (see overlay.css); the glyph
    // is the button's text, hidden from assistive technology by the label.
    const button = this.template.cloneNode(false) as HTMLButtonElement;
    button.className = `sc-badge ${kindClass(model.kind)}`;
    button.textContent = kindStyle(model.kind).glyph;
    button.setAttribute('aria-label', badgeLabel(model.name, model.kind, model.quotedTimes));
    if (model.quotedTimes > 0) button.setAttribute('data-count', String(model.quotedTimes));
    if (model.key === this.expandedKey) button.setAttribute('aria-expanded', 'true');
    place(button, model);
    return button;
  }

  private badgeAt(target: EventTarget | null): Drawn | null {
    // Duck-typed: in Firefox content scripts page nodes are wrappers that `instanceof` may not recognise.
    const button = target && typeof (target as Element).closest === 'function' ? (target as Element).closest('.sc-badge') : null;
    return button ? (this.byButton.get(button) ?? null) : null;
  }

  private readonly onClick = (event: MouseEvent) => {
    const hit = this.badgeAt(event.target);
    if (!hit) return;
    window.clearTimeout(this.hoverTimer);
    this.handlers.press(hit.model, hit.button);
  };

  private readonly onPointerOver = (event: MouseEvent) => {
    const hit = this.badgeAt(event.target);
    if (!hit || hit === this.badgeAt(event.relatedTarget)) return;
    window.clearTimeout(this.hoverTimer);
    this.hoverTimer = window.setTimeout(() => this.handlers.rest(hit.model, hit.button), HOVER_DELAY_MS);
  };

  private readonly onPointerOut = (event: MouseEvent) => {
    const hit = this.badgeAt(event.target);
    if (hit && hit !== this.badgeAt(event.relatedTarget)) window.clearTimeout(this.hoverTimer);
  };
}

function place(button: HTMLElement, model: BadgeModel) {
  // Two properties rather than `cssText`, which parses a whole declaration block per badge.
  button.style.left = `${model.x}px`;
  button.style.top = `${model.y}px`;
}

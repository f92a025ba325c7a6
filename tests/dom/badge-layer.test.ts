// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer, HOVER_DELAY_MS, type BadgeModel } from '../../components/badge-layer';
import { kindClass, kindRules } from '../../components/kinds';
import { pressOutcome } from '../../components/Overlay';

const badge = (key: string, name: string, kind: string, quotedTimes = 0, x = 10, y = 20): BadgeModel => ({
  key,
  at: y,
  name,
  kind,
  entityId: key,
  quotedTimes,
  article: { description: null, quotes: [] },
  x,
  y,
});

describe('the badge layer', () => {
  let events: [string, string][];
  let layer: BadgeLayer;

  beforeEach(() => {
    events = [];
    layer = new BadgeLayer(document, {
      press: (b) => events.push(['press', b.key]),
      rest: (b) => events.push(['rest', b.key]),
    });
    document.body.append(layer.element);
  });
  afterEach(() => {
    layer.destroy();
    vi.useRealTimers();
  });

  const buttons = () => [...layer.element.querySelectorAll('button')];

  it('draws one labelled button per badge, with the kind as a class and glyph, and the quote count as data', () => {
    layer.update([badge('fdd', 'Foundation for the Defense of Democracies', 'think-tank', 2), badge('meta', 'Meta', 'platform')]);
    const [fdd, meta] = buttons();
    expect(fdd!.getAttribute('aria-label')).toBe(
      'Foundation for the Defense of Democracies, think tank, quoted 2 times — open context card',
    );
    expect(fdd!.classList.contains(kindClass('think-tank'))).toBe(true);
    expect(fdd!.textContent).toBe('◆');
    expect(meta!.textContent).toBe('▣');
    expect(fdd!.getAttribute('data-count')).toBe('2');
    expect(fdd!.getAttribute('aria-haspopup')).toBe('dialog');
    expect(fdd!.style.left).toBe('10px');
    expect(meta!.hasAttribute('data-count')).toBe(false);
    expect(meta!.type).toBe('button');
  });

  it('moves known badges, adds new ones and removes missing ones, keeping the same elements', () => {
    layer.update([badge('a', 'A', 'ngo'), badge('b', 'B', 'ngo')]);
    const [a] = buttons();
    layer.update([badge('a', 'A', 'ngo', 0, 99, 5), badge('c', 'C', 'media')]);
    expect(buttons().map((b) => b.getAttribute('aria-label')?.split(',')[0])).toEqual(['A', 'C']);
    expect(buttons()[0]).toBe(a);
    expect(a!.style.left).toBe('99px');
  });

  it('keeps badges in reading order however they are drawn, for Tab and screen readers, and says when it is busy', () => {
    const labels = () => buttons().map((b) => b.getAttribute('aria-label')?.split(',')[0]);
    layer.setBusy(true);
    expect(layer.element.getAttribute('aria-busy')).toBe('true');
    layer.put([badge('c', 'C', 'ngo', 0, 0, 300), badge('d', 'D', 'ngo', 0, 0, 400)]);
    layer.put([badge('b', 'B', 'ngo', 0, 0, 200), badge('a', 'A', 'ngo', 0, 0, 100)]);
    layer.put([badge('e', 'E', 'ngo', 0, 0, 500), badge('c', 'C', 'ngo', 0, 9, 300)]);
    expect(labels()).toEqual(['A', 'B', 'C', 'D', 'E']);
    layer.prune(new Set(['a', 'c', 'e']));
    layer.put([badge('b', 'B', 'ngo', 0, 0, 200)]);
    expect(labels()).toEqual(['A', 'B', 'C', 'E']);
    layer.setBusy(false);
    expect(layer.element.hasAttribute('aria-busy')).toBe(false);
  });

  it('reports each click as a press, and shows the open card as aria-expanded', () => {
    layer.update([badge('a', 'A', 'ngo')]);
    buttons()[0]!.click();
    expect(events).toEqual([['press', 'a']]);
    layer.setExpanded('a');
    expect(buttons()[0]!.getAttribute('aria-expanded')).toBe('true');
    buttons()[0]!.click();
    expect(events).toEqual([
      ['press', 'a'],
      ['press', 'a'],
    ]);
    layer.setExpanded(null);
    expect(buttons()[0]!.getAttribute('aria-expanded')).toBe('false');
  });

  it('reports a pointer resting on a badge, and not one passing over', () => {
    vi.useFakeTimers();
    layer.update([badge('a', 'A', 'ngo'), badge('b', 'B', 'ngo')]);
    const [a, b] = buttons();
    a!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    a!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    vi.advanceTimersByTime(HOVER_DELAY_MS + 10);
    expect(events).toEqual([]);
    b!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(HOVER_DELAY_MS + 10);
    expect(events).toEqual([['rest', 'b']]);
  });

  it('leaves nothing behind when destroyed', () => {
    layer.update([badge('a', 'A', 'ngo')]);
    layer.destroy();
    expect(document.querySelector('.sc-badges')).toBeNull();
  });
});

describe('kind rules', () => {
  it('give every kind its colours in both themes, and unknown kinds the "not in our cards" look', () => {
    expect(kindRules()).toContain('.sc-k-person{color:hsl(45 65% 27%);background:hsl(45 70% 95%);border-color:hsl(45 55% 27%)}');
    expect(kindRules()).toContain('.sc-dark .sc-k-person{color:hsl(45 65% 78%);');
    expect(kindClass('no-such-kind')).toBe('sc-k-unknown');
  });
});

describe('pressing a badge', () => {
  it('opens its card, moves focus into a card the pointer opened, and closes a card the reader opened', () => {
    expect(pressOutcome(null, 'a')).toBe('open');
    expect(pressOutcome({ key: 'b', takeFocus: true }, 'a')).toBe('open');
    expect(pressOutcome({ key: 'a', takeFocus: false }, 'a')).toBe('focus');
    expect(pressOutcome({ key: 'a', takeFocus: true }, 'a')).toBe('close');
  });
});

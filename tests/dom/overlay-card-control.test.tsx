// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BadgeModel } from '../../components/badge-layer';
import { Overlay, type CardControl } from '../../components/Overlay';

const badge: BadgeModel = {
  key: 'fdd',
  at: 0,
  name: 'Foundation for Defense of Democracies',
  kind: 'think-tank',
  entityId: null,
  quotedTimes: 0,
  article: { description: null, quotes: [] },
  x: 0,
  y: 0,
};

/** Lets Preact render and run its effects. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('the card, driven by badge presses', () => {
  let host: HTMLElement;
  let trigger: HTMLButtonElement;
  let control: CardControl;

  beforeEach(async () => {
    host = document.createElement('div');
    trigger = document.createElement('button');
    document.body.append(trigger, host);
    render(
      <Overlay
        events={[]}
        loadCard={async () => ({ status: 'missing' })}
        evidenceBoxes={() => []}
        scrollToOffset={() => {}}
        onDismissSite={() => {}}
        bindCardControl={(c) => (control = c)}
        onCardChange={() => {}}
      />,
      host,
    );
    await settle();
  });

  afterEach(() => {
    render(null, host);
    document.body.replaceChildren();
  });

  const dialog = () => host.querySelector('[role="dialog"]');

  it('opens on a press that follows a close before the page has re-rendered', async () => {
    control.press(badge, trigger);
    await settle();
    expect(dialog()).not.toBeNull();
    control.press(badge, trigger); // closes
    control.press(badge, trigger); // at once: opens again, not read as a second press on the open card
    await settle();
    expect(dialog()).not.toBeNull();
  });

  it('moves focus into a card the pointer opened when its badge is pressed, and closes it on the next press', async () => {
    control.rest(badge, trigger);
    await settle();
    expect(dialog()).not.toBeNull();
    expect(dialog()!.contains(document.activeElement)).toBe(false);
    control.press(badge, trigger);
    await settle();
    expect(dialog()!.contains(document.activeElement)).toBe(true);
    control.press(badge, trigger);
    await settle();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });
});

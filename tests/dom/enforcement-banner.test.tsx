// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Span } from '../../analysis/analyze-article';
import { describeEvent, INFERRED_TEXT } from '../../components/EnforcementBanner';
import { Overlay } from '../../components/Overlay';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function mount(host: HTMLElement, inferred: Span | null, asked: Span[], scrolled: number[]) {
  render(
    <Overlay
      events={[]}
      inferred={inferred}
      loadCard={async () => ({ status: 'missing' })}
      evidenceBoxes={(span) => {
        asked.push(span);
        return [{ x: 1, y: 2, width: 30, height: 10 }];
      }}
      scrollToOffset={(offset) => scrolled.push(offset)}
      onDismissSite={() => {}}
      bindCardControl={() => {}}
      onCardChange={() => {}}
    />,
    host,
  );
}

describe('the enforcement banner for a story only the model read as enforcement', () => {
  const host = document.createElement('div');
  afterEach(() => {
    render(null, host);
    document.body.replaceChildren();
  });

  it('says it names no act, and shows the sentence that speaks for it as evidence', async () => {
    document.body.append(host);
    const asked: Span[] = [];
    const scrolled: number[] = [];
    mount(host, { start: 40, end: 95 }, asked, scrolled);
    await settle();
    const banner = host.querySelector('[role="region"]');
    expect(banner?.textContent).toContain(INFERRED_TEXT);
    expect(host.querySelectorAll('.sc-banner-events li')).toHaveLength(0);
    const show = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show evidence')!;
    show.click();
    await settle();
    expect(scrolled).toEqual([40]);
    expect(asked).toContainEqual({ start: 40, end: 95 });
    expect(host.querySelectorAll('.sc-evidence')).toHaveLength(1);
  });

  it('shows no banner when there is neither an event nor an inferred reading', async () => {
    document.body.append(host);
    mount(host, null, [], []);
    await settle();
    expect(host.querySelector('[role="region"]')).toBeNull();
  });
});

describe('how an event is worded', () => {
  const event = (platform: string, action: string, target: string | null, orderedBy: string | null) => ({
    platform,
    platformId: null,
    action,
    target,
    policy: null,
    policyId: null,
    orderedBy,
    evidence: { start: 0, end: 1 },
  });

  it('gives a state’s block of the platform itself, or of access to it, as the state’s act', () => {
    expect(describeEvent(event('Telegram', 'suspended', 'Telegram', 'Kenya'))).toBe('Kenya suspended Telegram');
    expect(describeEvent(event('X (formerly Twitter)', 'blocked', 'access to X', 'Tanzania'))).toBe('Tanzania blocked access to X');
    expect(describeEvent(event('unnamed platform', 'suspended', 'social media', 'Gabon'))).toBe('Gabon suspended social media');
  });

  it('gives an order about what a platform hosts as the platform acting on it', () => {
    expect(describeEvent(event('YouTube', 'blocked', 'eight YouTube channels', 'India'))).toBe(
      'India ordered YouTube to act: blocked eight YouTube channels',
    );
    expect(describeEvent(event('Meta', 'removed', 'the accounts', null))).toBe('Meta removed the accounts');
  });
});

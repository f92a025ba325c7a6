// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Span } from '../../analysis/analyze-article';
import { INFERRED_TEXT } from '../../components/EnforcementBanner';
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

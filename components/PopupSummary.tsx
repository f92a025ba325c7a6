import type { PageSummary } from '../messaging/protocol';
import { kindStyle } from './kinds';

export type PopupState = { status: 'loading' } | { status: 'unavailable'; reason: string } | { status: 'ready'; summary: PageSummary };

const STATE_TEXT: Record<PageSummary['state'], string> = {
  'not-article': 'This page does not look like a news article.',
  'not-enforcement': 'This article does not report a platform ban, suspension or takedown, so nothing is annotated.',
  annotated: '',
  working: 'Reading the article…',
  disabled: 'Source Context is turned off on this site.',
  error: 'Something went wrong while reading this article.',
};

export interface PopupSummaryProps {
  state: PopupState;
  /** Turns Source Context off (or back on) for the tab's site. */
  onToggleSite?: (hostname: string, disable: boolean) => void;
  everyMention?: boolean;
  onToggleEveryMention?: (every: boolean) => void;
}

export function PopupSummary({ state, onToggleSite, everyMention, onToggleEveryMention }: PopupSummaryProps) {
  const hostname = state.status === 'ready' ? hostOf(state.summary.url) : null;
  const disabled = state.status === 'ready' && state.summary.state === 'disabled';
  return (
    <main style={{ padding: '12px 14px' }}>
      <h1 style={{ fontSize: '15px', margin: '0 0 8px' }}>Source Context</h1>
      {state.status === 'loading' && <p>Loading…</p>}
      {state.status === 'unavailable' && <p>{state.reason}</p>}
      {state.status === 'ready' && <Summary summary={state.summary} />}
      {onToggleEveryMention && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={everyMention ?? false}
              onChange={(event) => onToggleEveryMention(event.currentTarget.checked)}
            />{' '}
            Badge every mention (applies to pages opened from now on)
          </label>
        </p>
      )}
      {hostname && onToggleSite && (
        <button type="button" onClick={() => onToggleSite(hostname, !disabled)}>
          {disabled ? `Turn on for ${hostname}` : `Turn off for ${hostname}`}
        </button>
      )}
    </main>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function Summary({ summary }: { summary: PageSummary }) {
  if (summary.state !== 'annotated') return <p>{STATE_TEXT[summary.state]}</p>;
  const count = summary.actors.length;
  return (
    <>
      <p id="sc-count">
        {count} {count === 1 ? 'actor' : 'actors'} badged on this page
      </p>
      <ul aria-labelledby="sc-count" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {summary.actors.map((a) => (
          <li key={a.id} style={{ padding: '3px 0' }}>
            <span aria-hidden="true">{kindStyle(a.kind).glyph} </span>
            {a.name}{' '}
            <span style={{ opacity: 0.7 }}>
              — {kindStyle(a.kind).label}, {a.mentions} {a.mentions === 1 ? 'mention' : 'mentions'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

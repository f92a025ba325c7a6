import { stateActsOnPlatform, type EnforcementEvent } from '../analysis/enforcement';

export interface EnforcementBannerProps {
  events: readonly EnforcementEvent[];
  /** No event was read plainly: the story only reads like one (the learned model's reading), and says so. */
  inferred?: boolean;
  evidenceShown: boolean;
  onOpenPolicy: (policyId: string, trigger: HTMLElement) => void;
  onToggleEvidence: () => void;
  onDismiss: () => void;
  onDismissSite: () => void;
}

/**
 * One sentence per event, e.g. "Meta removed the accounts of … — citing the Dangerous Organizations …
 * policy"; a state's own block as the state's act ("Kenya suspended Telegram").
 */
export function describeEvent(e: EnforcementEvent): string {
  const who = stateActsOnPlatform(e)
    ? `${e.orderedBy} ${e.action}`
    : e.orderedBy
      ? `${e.orderedBy} ordered ${e.platform} to act: ${e.action}`
      : `${e.platform} ${e.action}`;
  return `${who}${e.target ? ` ${e.target}` : ''}`;
}

/** What the banner says when no sentence names who acted: a reading, hedged, with its evidence on request. */
export const INFERRED_TEXT =
  'This story reads like a report of platform enforcement, but no sentence in its opening says plainly who acted on what.';

/**
 * A compact panel in the corner of the window, never over the top of the article and never moving
 * the page: what enforcement the article reports, the policy one click away, the evidence on request.
 */
export function EnforcementBanner({
  events,
  inferred = false,
  evidenceShown,
  onOpenPolicy,
  onToggleEvidence,
  onDismiss,
  onDismissSite,
}: EnforcementBannerProps) {
  return (
    <section class="sc-banner" role="region" aria-label="Platform enforcement reported in this article">
      <p class="sc-banner-title">
        <span aria-hidden="true">⚖ </span>Platform enforcement
      </p>
      {inferred && <p class="sc-banner-reading">{INFERRED_TEXT}</p>}
      <ul class="sc-banner-events" hidden={events.length === 0}>
        {events.map((e, i) => (
          <li key={i}>
            {describeEvent(e)}
            {e.policy && (
              <>
                {' — citing '}
                {e.policyId ? (
                  <button type="button" class="sc-link" onClick={(ev) => onOpenPolicy(e.policyId!, ev.currentTarget)}>
                    {e.policy}
                  </button>
                ) : (
                  e.policy
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <div class="sc-banner-actions">
        <button type="button" class="sc-chip" aria-pressed={evidenceShown} onClick={onToggleEvidence}>
          {evidenceShown ? 'Hide evidence' : 'Show evidence'}
        </button>
        <button type="button" class="sc-chip" onClick={onDismiss}>
          Dismiss
        </button>
        <button type="button" class="sc-chip" onClick={onDismissSite}>
          Not on this site
        </button>
      </div>
    </section>
  );
}

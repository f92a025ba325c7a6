import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupSummary, type PopupState } from '../../components/PopupSummary';
import type { PageSummary, Result } from '../../messaging/protocol';
import { badgeEveryMention, setDisabledOn } from '../../settings/site-preferences';
import './popup.css';

/** The tab to describe: `?tab=<id>` when the popup is opened as a page of its own, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readActiveTab(): Promise<PopupState> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { status: 'unavailable', reason: 'No active tab.' };
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type: 'page-summary' })) as Result<PageSummary> | undefined;
    if (!answer || !answer.ok) return { status: 'unavailable', reason: 'This page has not been read.' };
    return { status: 'ready', summary: answer.value };
  } catch {
    // No content script here: browser pages, the web store, or a tab opened before the extension.
    return { status: 'unavailable', reason: 'Source Context does not run on this page.' };
  }
}

const app = document.getElementById('app')!;
let everyMention = false;
let current: PopupState = { status: 'loading' };
const show = (state: PopupState) => {
  current = state;
  render(
    <PopupSummary
      state={state}
      onToggleSite={toggleSite}
      everyMention={everyMention}
      onToggleEveryMention={(every) => {
        everyMention = every;
        void badgeEveryMention()
          .setValue(every)
          .then(() => show(current));
      }}
    />,
    app,
  );
};

async function toggleSite(hostname: string, disable: boolean) {
  await setDisabledOn(hostname, disable);
  // An annotated page follows the stored change itself; a page the gate set aside because the site was
  // off is asked to look again.
  const tabId = await targetTabId();
  if (!disable && tabId !== undefined) await browser.tabs.sendMessage(tabId, { type: 'look-again' }).catch(() => undefined);
  // Read the page's new state back.
  await new Promise((done) => setTimeout(done, 150));
  show(await readActiveTab());
}

show({ status: 'loading' });
void badgeEveryMention()
  .getValue()
  .then((every) => {
    everyMention = every;
    return readActiveTab().then(show);
  });

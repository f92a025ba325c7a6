/**
 * What the reader chose per site, kept in extension storage (never sent anywhere). Each item is
 * defined on first use: defining one starts a read of storage (its version check), and the content
 * script must not touch storage on pages it turns away.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

function lazyItem<T>(define: () => WxtStorageItem<T, Record<string, unknown>>): () => WxtStorageItem<T, Record<string, unknown>> {
  let item: WxtStorageItem<T, Record<string, unknown>> | null = null;
  return () => (item ??= define());
}

/** Sites (hostnames) where the reader asked not to see the enforcement panel. */
export const bannerHiddenSites = lazyItem(() => storage.defineItem<string[]>('local:bannerHiddenSites', { fallback: [], version: 1 }));

export async function hideBannerOn(hostname: string): Promise<void> {
  const sites = await bannerHiddenSites().getValue();
  if (!sites.includes(hostname)) await bannerHiddenSites().setValue([...sites, hostname].sort());
}

/** Sites (hostnames) where the reader turned Source Context off altogether. */
export const disabledSites = lazyItem(() => storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 }));

export async function isDisabledOn(hostname: string): Promise<boolean> {
  try {
    return (await disabledSites().getValue()).includes(hostname);
  } catch {
    return false;
  }
}

export async function setDisabledOn(hostname: string, disabled: boolean): Promise<void> {
  const sites = new Set(await disabledSites().getValue());
  if (disabled) sites.add(hostname);
  else sites.delete(hostname);
  await disabledSites().setValue([...sites].sort());
}

/** Badge every mention of an actor, not only the first in each section. */
export const badgeEveryMention = lazyItem(() => storage.defineItem<boolean>('local:badgeEveryMention', { fallback: false, version: 1 }));

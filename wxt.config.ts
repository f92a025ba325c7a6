import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Source Context',
    // The page gate (entrypoints/article-gate) is built as an unlisted script and registered here, so
    // that no framework code runs before its decision on every page; it has the background inject
    // the annotator only into pages that report enforcement.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['article-gate.js'], run_at: 'document_idle' }],
    description: 'Who is quoted in news about platform bans and takedowns: sourced context cards, all offline.',
    // `scripting` and the host permissions let the background inject the card UI into an article page
    // only when that page needs it; the content script already runs on every http(s) page, so readers
    // are asked for nothing new.
    permissions: browser === 'firefox' ? ['storage', 'http://*/*', 'https://*/*'] : ['storage', 'scripting'],
    ...(browser === 'firefox' ? {} : { host_permissions: ['http://*/*', 'https://*/*'] }),
    // Defence in depth for "no network request, ever": extension pages may not connect anywhere.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'source-context@source-context.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
});

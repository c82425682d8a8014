// Vite build of the renderer: two pages (dashboard window, break window) with a relative base for file:// and app://.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The dev server injects component CSS as <style> elements, which the strict CSP of the built pages
 * forbids; only while serving do we allow inline styles. Built pages keep the strict policy.
 */
function devCspRelaxation(): Plugin {
  return {
    name: 'posture-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: rendererDir,
  base: './',
  plugins: [svelte({ configFile: `${rendererDir}svelte.config.js` }), devCspRelaxation()],
  server: { fs: { allow: [repoDir] } },
  build: {
    // The web preview is its own build so it never overwrites what the Electron app loads.
    outDir: `${repoDir}dist/${mode === 'preview' ? 'preview' : 'renderer'}`,
    emptyOutDir: true,
    manifest: true,
    // Electron's Chromium supports <link rel="modulepreload">: the polyfill would only cost start-up time.
    modulePreload: { polyfill: false },
    target: 'chrome130',
    // Keep every asset a file: an inlined data: URL would need a looser CSP.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        index: `${rendererDir}index.html`,
        break: `${rendererDir}break.html`,
        // The figure gallery the e2e suite screenshots: preview build only, never shipped.
        ...(mode === 'preview' ? { gallery: `${rendererDir}gallery.html` } : {}),
      },
      // No "[PLUGIN_TIMINGS]" warning: it fires only on a loaded machine, coloured whatever NO_COLOR
      // says; build speed is measured by the benchmarks, not reported in CI logs.
      checks: { bundlerTimings: false },
    },
  },
}));

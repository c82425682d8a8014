/**
 * The web preview's entry, loaded on demand by `lib/api.ts`: creates the page's one host, tracks page
 * input, and mounts the preview chrome (control bar, prompt toast, in-page break window).
 */
import '../lib/zod-jitless.ts'; // first: before the host's engine builds a zod schema
import { mount } from 'svelte';
import { PreviewHost } from './host.ts';
import PreviewChrome from './PreviewChrome.svelte';

let instance: PreviewHost | null = null;

export function previewHost(): PreviewHost {
  if (instance) return instance;
  const host = new PreviewHost(localStorage);
  instance = host;
  host.input.attach(window);
  const target = document.createElement('div');
  target.className = 'preview-chrome';
  document.body.append(target);
  mount(PreviewChrome, { target, props: { host } });
  return host;
}

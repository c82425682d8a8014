/**
 * A Svelte action that reports an element's content width whenever it changes. Unlike
 * bind:clientWidth it never reads layout itself (which forces a synchronous layout during mount):
 * the ResizeObserver hands over the width once the browser has laid the page out anyway.
 */
export function contentWidth(node: HTMLElement, set: (width: number) => void) {
  if (typeof ResizeObserver === 'undefined') return {};
  const observer = new ResizeObserver((entries) => {
    const width = entries.at(-1)?.contentRect.width;
    if (width) set(Math.round(width));
  });
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}

// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName, ...) to expect, and unmounts after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// The project's own setupFiles replace the one svelteTesting() would add, so clean up here.
afterEach(() => cleanup());

// jsdom does no layout, so it has no ResizeObserver (Svelte's bind:clientWidth uses one): a stand-in
// that never reports a size, so components keep their default measurements.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

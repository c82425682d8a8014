/**
 * The break window's first paint has a budget (tests/bench/renderer.bench.ts): its static module graph
 * must not reach zod, which would add a third to its script and 5–18 ms of start-up. Walks the value
 * imports (not `import type`) from the window's entry, the way the bundler follows them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const ENTRY = path.join(ROOT, 'renderer/src/break-main.ts');

/** Specifiers a module imports for their values: static `import`/`export … from`, no types, no `import()`. */
function valueImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+([^;'"]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gm;
  for (const [, verb, clause = '', spec = ''] of source.matchAll(statement)) {
    if (/^type\s/.test(clause)) continue;
    if (verb === 'export' && !/from\s*$/.test(clause) && clause !== '*' && !clause.startsWith('{'))
      continue;
    // `import { type A, type B } from` brings no values; a default or namespace import does.
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (named && named[1]!.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    found.push(spec);
  }
  return found;
}

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!/\.(ts|svelte)$/.test(file)) return;
    let source = readFileSync(file, 'utf8');
    if (file.endsWith('.svelte'))
      source = /<script[^>]*>([\s\S]*?)<\/script>/.exec(source)?.[1] ?? '';
    for (const spec of valueImports(source)) {
      if (!spec.startsWith('.')) {
        packages.add(spec.split('/')[0]!);
        continue;
      }
      const target = path.resolve(path.dirname(file), spec);
      if (!existsSync(target)) throw new Error(`${file} imports ${spec}, which does not exist`);
      visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the break window’s module graph', () => {
  const { files, packages } = graph(ENTRY);

  it('is walked: the player, the figure and the finish screen are in it', () => {
    const names = [...files].map((f) => path.relative(ROOT, f));
    expect(names).toContain('renderer/src/break/BreakPlayer.svelte');
    expect(names).toContain('renderer/src/break/illustrations/figure.ts');
    expect(names).toContain('renderer/src/break/FinishScreen.svelte');
  });

  it('does not load zod (main validates what it sends; the window builds no schema)', () => {
    expect([...packages].sort()).toEqual(['svelte']);
  });
});

/**
 * How every error message quotes a value it got: a short, escaped excerpt. It never throws and costs
 * bounded time and memory whatever the value is (huge, cyclic, deeply nested, BigInt, a Proxy, a Map).
 */

/** Longest excerpt, in characters, before it is cut with an ellipsis. */
export const EXCERPT_MAX = 60;

const MAX_DEPTH = 3;
const MAX_MEMBERS = 4;

/** A short, escaped, JSON-like rendering of `value`, at most `max` characters. */
export function excerpt(value: unknown, max: number = EXCERPT_MAX): string {
  let text: string;
  try {
    text = render(value, 0, max);
  } catch {
    text = '(a value that cannot be shown)';
  }
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

function render(value: unknown, depth: number, max: number): string {
  switch (typeof value) {
    case 'string':
      // Escape only the head: a 100 MB string costs as much as a short one.
      return JSON.stringify(value.slice(0, max + 1));
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${String(value).slice(0, max)}n`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_MEMBERS).map((item) => render(item, depth + 1, max));
    if (value.length > MAX_MEMBERS) items.push('…');
    return `[${items.join(', ')}]`;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    const name = (value as object).constructor?.name;
    return `a ${typeof name === 'string' && name !== '' ? name.slice(0, 30) : 'non-plain'} object`;
  }
  const keys: string[] = [];
  // for…in stops early; Object.keys would list a million keys first.
  for (const key in value as object) {
    if (!Object.hasOwn(value as object, key)) continue;
    if (keys.length === MAX_MEMBERS) {
      keys.push('…');
      break;
    }
    const item = (value as Record<string, unknown>)[key];
    keys.push(`${JSON.stringify(key.slice(0, max + 1))}: ${render(item, depth + 1, max)}`);
  }
  return `{${keys.join(', ')}}`;
}

/** A message from elsewhere (a parser, a library) cut to at most `max` characters. */
export function clip(text: string, max: number = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A key as messages name it: as is when it is a short plain name, else a quoted excerpt. */
export function excerptKey(key: PropertyKey, max: number = 40): string {
  const text = String(key);
  return typeof key !== 'symbol' && text.length <= max && /^[\w$-]*$/.test(text)
    ? text
    : excerpt(text, max);
}

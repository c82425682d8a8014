/** Remembers the dashboard window's size and position between runs, and puts it back only where a display still is. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Minimum visible overlap with some display for saved bounds to be reused (a title bar to grab). */
const MIN_VISIBLE = { width: 120, height: 60 };

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every(
    (k) => typeof r[k] === 'number' && Number.isFinite(r[k] as number),
  );
}

export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isRect(v.bounds) || v.bounds.width <= 0 || v.bounds.height <= 0) return null;
  return { bounds: v.bounds, maximized: v.maximized === true };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** A rect of `size` centred in `area`, shrunk to fit. */
export function centredIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open with: the saved ones if enough of them is on a display that still exists
 * (shrunk to that display's work area), otherwise the default size centred on the primary display.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
  defaultSize: { width: number; height: number },
): Rect {
  if (saved) {
    const area = workAreas.find((a) => {
      const o = overlap(saved.bounds, a);
      return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
    });
    if (area) {
      const width = Math.min(saved.bounds.width, area.width);
      const height = Math.min(saved.bounds.height, area.height);
      return {
        x: Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width),
        y: Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height),
        width,
        height,
      };
    }
  }
  return centredIn(primary, defaultSize);
}

/** A small JSON file beside the store; losing it only costs the window's position. */
export class WindowStateFile {
  constructor(private readonly file: string) {}

  load(): WindowState | null {
    try {
      return parseWindowState(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return null;
    }
  }

  save(state: WindowState): void {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.tmp`;
      writeFileSync(tmp, JSON.stringify(state) + '\n');
      renameSync(tmp, this.file);
    } catch {
      // Not worth bothering the user about.
    }
  }
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  centredIn,
  parseWindowState,
  restoreBounds,
  WindowStateFile,
} from '../../../electron/main/window-state.ts';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };
const size = { width: 1120, height: 780 };

describe('restoreBounds', () => {
  it('reuses saved bounds on a display that still exists', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreBounds(saved, [primary, right], primary, size)).toEqual(saved.bounds);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreBounds(saved, [primary], primary, size)).toEqual({
      x: 400,
      y: 130,
      width: 1120,
      height: 780,
    });
  });

  it('pulls a window that hangs off the edge back inside and shrinks it to fit', () => {
    const saved = { bounds: { x: 1700, y: -50, width: 3000, height: 900 }, maximized: false };
    expect(restoreBounds(saved, [primary], primary, size)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 900,
    });
  });

  it('uses the default without a saved state', () => {
    expect(restoreBounds(null, [primary], primary, size)).toEqual(centredIn(primary, size));
  });
});

describe('parseWindowState', () => {
  it('accepts a saved state and rejects junk', () => {
    expect(
      parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true }),
    ).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: true,
    });
    for (const junk of [
      null,
      'x',
      {},
      { bounds: { x: 1 } },
      { bounds: { x: 0, y: 0, width: 0, height: 5 } },
    ]) {
      expect(parseWindowState(junk)).toBeNull();
    }
  });
});

describe('WindowStateFile', () => {
  it('round-trips through a file and survives a corrupt one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-window-'));
    try {
      const file = path.join(dir, 'nested', 'window-state.json');
      const store = new WindowStateFile(file);
      expect(store.load()).toBeNull();
      store.save({ bounds: { x: 10, y: 20, width: 900, height: 600 }, maximized: false });
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        bounds: { x: 10, y: 20, width: 900, height: 600 },
        maximized: false,
      });
      expect(store.load()?.bounds.width).toBe(900);
      writeFileSync(file, '{not json');
      expect(store.load()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Every move's figure renders in the DOM: animated with consistent SMIL lists, or still.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { moveName } from '../../electron/core/move-words.ts';
import { MOVES } from '../../electron/core/routines.ts';
import { i18n } from '../../renderer/src/lib/i18n/i18n.svelte.ts';
import MoveIllustration from '../../renderer/src/break/illustrations/MoveIllustration.svelte';

describe('MoveIllustration', () => {
  it.each(MOVES.map((m) => [m.illustration, moveName(i18n, m.id)] as const))(
    '%s loops with SMIL lists of one length',
    (id, name) => {
      render(MoveIllustration, { props: { id, label: `${name} figure` } });
      const svg = screen.getByRole('img', { name: `${name} figure` });
      const animations = [...svg.querySelectorAll('animate')];
      expect(animations.length).toBeGreaterThanOrEqual(6);
      const keyTimes = animations[0]?.getAttribute('keyTimes')?.split(';') ?? [];
      expect(keyTimes[0]).toBe('0.0000');
      expect(keyTimes.at(-1)).toBe('1.0000');
      for (const animate of animations) {
        expect(animate.getAttribute('repeatCount')).toBe('indefinite');
        const values = animate.getAttribute('values')?.split(';') ?? [];
        expect(values).toHaveLength(keyTimes.length);
        expect(values.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
      }
    },
  );

  it('still: two poses (a faint start under the end), nothing animated', () => {
    render(MoveIllustration, { props: { id: 'bird-dog', label: 'Bird-dog figure', still: true } });
    const svg = screen.getByRole('img', { name: 'Bird-dog figure' });
    expect(svg.querySelector('animate')).toBeNull();
    expect(svg.querySelectorAll('g.figure.ghost')).toHaveLength(1);
    expect(svg.querySelectorAll('g.figure')).toHaveLength(2);
  });

  it('one pose alone (the gallery): start, middle and end differ, nothing animated, no ghost', () => {
    const drawn = (['start', 'middle', 'end'] as const).map((pose) => {
      const { unmount } = render(MoveIllustration, {
        props: { id: 'bird-dog', label: `Bird-dog ${pose}`, pose },
      });
      const svg = screen.getByRole('img', { name: `Bird-dog ${pose}` });
      expect(svg.querySelector('animate')).toBeNull();
      expect(svg.querySelectorAll('g.figure')).toHaveLength(1);
      const d = svg.querySelector('g.figure')?.innerHTML;
      unmount();
      return d;
    });
    expect(new Set(drawn).size).toBe(3);
  });

  it('names the unknown id when there is no figure', () => {
    expect(() => render(MoveIllustration, { props: { id: 'cartwheel', label: 'x' } })).toThrow(
      /No illustration "cartwheel"/,
    );
  });
});

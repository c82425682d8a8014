import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchPowerEvents, type PowerEvent } from '../../../electron/main/power-events.ts';

function setup() {
  const monitor = new EventEmitter();
  let clock = 1_000;
  const events: PowerEvent[] = [];
  const stop = watchPowerEvents(
    monitor,
    () => clock,
    (event) => events.push(event),
  );
  const emit = (name: string, at: number) => {
    clock = at;
    monitor.emit(name);
  };
  return { monitor, events, stop, emit };
}

describe('watchPowerEvents', () => {
  it('maps Electron power events to timestamped kinds', () => {
    const { events, emit } = setup();
    emit('lock-screen', 10);
    emit('unlock-screen', 20);
    emit('suspend', 30);
    emit('resume', 40);
    emit('shutdown', 50);
    expect(events).toEqual([
      { kind: 'lock', at: 10 },
      { kind: 'unlock', at: 20 },
      { kind: 'suspend', at: 30 },
      { kind: 'resume', at: 40 },
      { kind: 'shutdown', at: 50 },
    ]);
  });

  it('passes a repeated lock or suspend once, but every unlock and resume', () => {
    const { events, emit } = setup();
    emit('lock-screen', 10);
    emit('lock-screen', 11);
    emit('suspend', 12);
    emit('suspend', 13);
    emit('resume', 14);
    emit('resume', 15);
    emit('unlock-screen', 16);
    emit('unlock-screen', 17);
    expect(events.map((e) => `${e.kind}@${e.at}`)).toEqual([
      'lock@10',
      'suspend@12',
      'resume@14',
      'resume@15',
      'unlock@16',
      'unlock@17',
    ]);
  });

  it('unsubscribes every listener', () => {
    const { monitor, events, stop, emit } = setup();
    stop();
    for (const name of ['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown']) {
      expect(monitor.listenerCount(name)).toBe(0);
    }
    emit('suspend', 99);
    expect(events).toEqual([]);
  });
});

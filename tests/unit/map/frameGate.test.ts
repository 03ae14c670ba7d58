import { describe, expect, it } from 'vitest';
import { FRAMES_AFTER_WAKE, FrameGate } from '../../../src/lib/map/frameGate';

/** A window whose animation frames run when the test says so. */
function fakeWindow() {
  const scheduled = new Map<number, FrameRequestCallback>();
  let nextId = 1;
  return {
    scheduled,
    requestAnimationFrame(callback: FrameRequestCallback): number {
      scheduled.set(nextId, callback);
      return nextId++;
    },
    cancelAnimationFrame(id: number): void {
      scheduled.delete(id);
    },
    /** Runs the frames scheduled so far, as the browser's next frame would. */
    runFrame(): void {
      const callbacks = [...scheduled.values()];
      scheduled.clear();
      for (const callback of callbacks) callback(0);
    },
  };
}

/** A render loop as luma.gl's AnimationLoop runs one: each frame asks for the next. */
function startLoop(gate: FrameGate) {
  const loop = { frames: 0, id: 0 };
  const frame = () => {
    loop.frames++;
    loop.id = gate.requestAnimationFrame(frame);
  };
  loop.id = gate.requestAnimationFrame(frame);
  return loop;
}

describe('FrameGate', () => {
  it('lets the loop run two frames after a wake-up, then holds its next request', () => {
    expect(FRAMES_AFTER_WAKE).toBe(2);
    const window = fakeWindow();
    const gate = new FrameGate(window);
    const loop = startLoop(gate);
    for (let i = 0; i < 5; i++) window.runFrame();
    expect(loop.frames).toBe(2);
    expect(window.scheduled.size).toBe(0);
  });

  it('runs the held frame again when woken, for two more frames', () => {
    const window = fakeWindow();
    const gate = new FrameGate(window);
    const loop = startLoop(gate);
    for (let i = 0; i < 5; i++) window.runFrame();
    gate.wake();
    expect(window.scheduled.size).toBe(1);
    for (let i = 0; i < 5; i++) window.runFrame();
    expect(loop.frames).toBe(4);
  });

  it('a wake-up while the loop runs lets the frame already asked for run, then two more', () => {
    const window = fakeWindow();
    const gate = new FrameGate(window);
    const loop = startLoop(gate);
    window.runFrame();
    gate.wake();
    for (let i = 0; i < 5; i++) window.runFrame();
    expect(loop.frames).toBe(4);
  });

  it('a held request that the loop cancels is not run on the next wake-up', () => {
    const window = fakeWindow();
    const gate = new FrameGate(window);
    const loop = startLoop(gate);
    for (let i = 0; i < 3; i++) window.runFrame();
    gate.cancelAnimationFrame(loop.id);
    gate.wake();
    expect(window.scheduled.size).toBe(0);
    expect(loop.frames).toBe(2);
  });
});

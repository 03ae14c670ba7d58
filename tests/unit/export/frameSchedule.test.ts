import { describe, expect, it } from 'vitest';
import { frameSchedule, type AnimationPace } from '../../../src/lib/export/frameSchedule';

const pace = (overrides: Partial<AnimationPace> = {}): AnimationPace => ({
  years: [2018, 2019, 2020],
  framesPerSecond: 30,
  secondsPerYear: 1,
  holdSeconds: 2,
  fadeSeconds: 0.4,
  ...overrides,
});

describe('frameSchedule', () => {
  it.each<[Partial<AnimationPace>, number]>([
    [{}, 3 * 30 * 1 + 2 * 30],
    [{ secondsPerYear: 1.5, holdSeconds: 0 }, 3 * 45],
    [{ years: [2018, 2019, 2020, 2021, 2022, 2023, 2024], secondsPerYear: 1, holdSeconds: 2 }, 7 * 30 + 60],
    [{ years: [2023, 2024], framesPerSecond: 10, secondsPerYear: 0.5, holdSeconds: 1 }, 2 * 5 + 10],
    [{ years: [2024], holdSeconds: 0 }, 30],
  ])('%j: years × fps × secondsPerYear + hold = %i frames', (overrides, frames) => {
    expect(frameSchedule(pace(overrides)).frameCount).toBe(frames);
  });

  it('takes timestamps from the frame index: frame i starts at i/fps, and the frames tile the duration', () => {
    const schedule = frameSchedule(pace({ framesPerSecond: 30 }));
    let end = 0;
    for (let i = 0; i < schedule.frameCount; i++) {
      const frame = schedule.frame(i);
      expect(frame.timestampUs).toBe(Math.round((i * 1e6) / 30));
      expect(frame.timestampUs).toBe(end);
      end = frame.timestampUs + frame.durationUs;
    }
    expect(end).toBe(schedule.durationUs);
    expect(schedule.durationUs).toBe(Math.round((schedule.frameCount * 1e6) / 30));
  });

  it('shows each year for its frames, fades only at the start of later years, and holds the last year', () => {
    const schedule = frameSchedule(pace({ framesPerSecond: 10, secondsPerYear: 1, holdSeconds: 1, fadeSeconds: 0.4 }));
    const frames = Array.from({ length: schedule.frameCount }, (_, i) => schedule.frame(i));
    expect(frames.map((f) => f.yearIndex)).toEqual([...Array(10).fill(0), ...Array(10).fill(1), ...Array(20).fill(2)]);
    expect(frames.slice(0, 10).every((f) => f.fade === 1)).toBe(true);
    expect(frames.slice(10, 15).map((f) => f.fade)).toEqual([0.25, 0.5, 0.75, 1, 1]);
    expect(frames.slice(20, 24).map((f) => f.fade)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(frames.slice(30).every((f) => f.yearIndex === 2 && f.fade === 1)).toBe(true);
  });

  it('is the same for the same pace (no clock involved)', () => {
    const a = frameSchedule(pace());
    const b = frameSchedule(pace());
    expect(Array.from({ length: a.frameCount }, (_, i) => a.frame(i))).toEqual(
      Array.from({ length: b.frameCount }, (_, i) => b.frame(i)),
    );
  });

  it.each<[Partial<AnimationPace>, RegExp]>([
    [{ years: [] }, /no years/],
    [{ framesPerSecond: 0 }, /framesPerSecond \(0\)/],
    [{ secondsPerYear: -1 }, /secondsPerYear \(-1\)/],
    [{ holdSeconds: -1 }, /holdSeconds \(-1\)/],
  ])('rejects %j', (overrides, message) => {
    expect(() => frameSchedule(pace(overrides))).toThrow(message);
  });

  it('rejects a frame outside the schedule', () => {
    const schedule = frameSchedule(pace());
    expect(() => schedule.frame(schedule.frameCount)).toThrow(/outside 0…149/);
    expect(() => schedule.frame(-1)).toThrow(/outside/);
  });
});

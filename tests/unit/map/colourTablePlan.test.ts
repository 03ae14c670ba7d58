import { describe, expect, it } from 'vitest';
import { colourTablePlan } from '../../../src/lib/map/countyColourExtension';

const a = new Uint8Array([1, 0, 0, 255]);
const b = new Uint8Array([2, 0, 0, 255]);
const c = new Uint8Array([3, 0, 0, 255]);

describe('colourTablePlan', () => {
  it('writes both tables into empty textures', () => {
    expect(colourTablePlan([null, null], { from: a, to: b })).toEqual({ from: 0, to: 1, writes: [{ slot: 0, table: a }, { slot: 1, table: b }] });
  });

  it('writes one table, once, when a frame fades from a table to itself', () => {
    expect(colourTablePlan([null, null], { from: a, to: a })).toEqual({ from: 0, to: 0, writes: [{ slot: 0, table: a }] });
    expect(colourTablePlan([b, a], { from: a, to: a })).toEqual({ from: 1, to: 1, writes: [] });
  });

  it('writes only the new colours of a step that starts from the last step’s colours, into the other texture', () => {
    expect(colourTablePlan([a, b], { from: b, to: c })).toEqual({ from: 1, to: 0, writes: [{ slot: 0, table: c }] });
    expect(colourTablePlan([c, b], { from: c, to: a })).toEqual({ from: 0, to: 1, writes: [{ slot: 1, table: a }] });
    expect(colourTablePlan([a, null], { from: a, to: b })).toEqual({ from: 0, to: 1, writes: [{ slot: 1, table: b }] });
  });

  it('writes nothing when both tables are held, either way round', () => {
    expect(colourTablePlan([a, b], { from: a, to: b })).toEqual({ from: 0, to: 1, writes: [] });
    expect(colourTablePlan([a, b], { from: b, to: a })).toEqual({ from: 1, to: 0, writes: [] });
  });

  it('keeps the texture holding the new colours and writes the colours faded from (a fade cut short) into the other', () => {
    expect(colourTablePlan([a, b], { from: c, to: b })).toEqual({ from: 0, to: 1, writes: [{ slot: 0, table: c }] });
  });
});

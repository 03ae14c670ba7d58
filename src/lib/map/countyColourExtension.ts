/**
 * A deck.gl layer extension for the county fill: the colour of each polygon comes from two small
 * RGBA textures (one texel per county) mixed by the fade's progress, instead of a per-vertex
 * colour attribute. A colour change uploads a ~12 KB texture (the other one already holds the
 * colours faded from, the last change's: colourTablePlan); the fade runs in the shader.
 * The colours are uploaded when the layer is drawn, so they can come through a CountyColourSource
 * that keeps its identity: a year step then hands deck.gl no new layer (no props to compare, no
 * layer update in deck.gl's loop) and needs only the map's next frame.
 *
 * The polygon's row in the layer's data is recovered from its picking colour, which
 * SolidPolygonLayer computes for every vertex from the row index (index + 1, as bytes).
 */
import { LayerExtension } from '@deck.gl/core';
import type { Layer } from '@deck.gl/core';
import { fadeProgress, type CountyColourFrame } from '../cartography/countyColourFrames';

/** Texels per row of the colour tables; 2,891 counties fit in 46 rows. */
const TABLE_WIDTH = 64;

const uniformBlock = /* glsl */ `\
layout(std140) uniform countyColoursUniforms {
  float fade;
} countyColours;
`;

const countyColoursModule = {
  name: 'countyColours',
  vs: /* glsl */ `\
${uniformBlock}
uniform sampler2D countyColoursFrom;
uniform sampler2D countyColoursTo;

vec4 countyColours_of(vec3 pickingColor) {
  int row = int(pickingColor.r + pickingColor.g * 256.0 + pickingColor.b * 65536.0 + 0.5) - 1;
  ivec2 texel = ivec2(row % ${TABLE_WIDTH}, row / ${TABLE_WIDTH});
  return mix(texelFetch(countyColoursFrom, texel, 0), texelFetch(countyColoursTo, texel, 0), countyColours.fade);
}
`,
  uniformTypes: { fade: 'f32' },
} as const;

/** A holder of the colours to draw, read at each draw: its frame changes, the holder stays. */
export interface CountyColourSource {
  frame: CountyColourFrame | null;
}

export interface CountyColourExtensionProps {
  /** Colours per data row (feature index) of the layer, and their fade; or a source of them. */
  countyColours: CountyColourFrame | CountyColourSource | null;
}

function frameOf(colours: CountyColourExtensionProps['countyColours']): CountyColourFrame | null {
  return colours && 'frame' in colours ? colours.frame : colours;
}

/** The luma.gl texture type, taken from the device deck.gl hands the layer. */
type Texture = ReturnType<Layer['context']['device']['createTexture']>;

/** The two colour textures, the table each holds (null: none yet), and the bytes a write pads a table into. */
type ColourTables = { textures: [Texture, Texture]; held: [Uint8Array | null, Uint8Array | null]; rows: number; padded: Uint8Array };

type ColourState = { countyColourTables?: ColourTables };

/** Which of the two textures draws as `from` and which as `to`, and the tables to write into them first. */
export interface ColourTablePlan {
  from: 0 | 1;
  to: 0 | 1;
  writes: { slot: 0 | 1; table: Uint8Array }[];
}

/**
 * How to have a frame's tables in the two textures with the fewest uploads: a texture already
 * holding a table (the same array) keeps it. A change after a finished fade starts from the last
 * change's colours (the same array), so it writes only its new colours.
 */
export function colourTablePlan(held: readonly [Uint8Array | null, Uint8Array | null], frame: Pick<CountyColourFrame, 'from' | 'to'>): ColourTablePlan {
  const toSlot = held[0] === frame.to ? 0 : held[1] === frame.to ? 1 : null;
  if (frame.from === frame.to) {
    const slot = toSlot ?? 0;
    return { from: slot, to: slot, writes: toSlot === null ? [{ slot, table: frame.to }] : [] };
  }
  // The other texture than the one holding `to`, and the other way round.
  const fromSlot = toSlot !== null ? ((1 - toSlot) as 0 | 1) : held[1] === frame.from ? 1 : 0;
  const to = toSlot ?? ((1 - fromSlot) as 0 | 1);
  const writes: ColourTablePlan['writes'] = [];
  if (held[fromSlot] !== frame.from) writes.push({ slot: fromSlot, table: frame.from });
  if (held[to] !== frame.to) writes.push({ slot: to, table: frame.to });
  return { from: fromSlot, to, writes };
}

function stateOf(layer: Layer): ColourState {
  return layer.state as ColourState;
}

/** Uploads a byte table into a texture TABLE_WIDTH wide, through `padded` (the texture's size: its last row padded). */
function writeTable(texture: Texture, table: Uint8Array, padded: Uint8Array): void {
  padded.set(table);
  padded.fill(0, table.length);
  texture.writeData(padded);
}

export class CountyColourExtension extends LayerExtension {
  static override extensionName = 'CountyColourExtension';
  static override defaultProps = { countyColours: { type: 'object', value: null } };

  override getShaders(this: Layer) {
    return {
      modules: [countyColoursModule],
      inject: {
        'vs:DECKGL_FILTER_COLOR': /* glsl */ `
  vec4 countyColour = countyColours_of(geometry.pickingColor);
  color = vec4(countyColour.rgb, countyColour.a * color.a);
`,
      },
    };
  }

  override draw(this: Layer<CountyColourExtensionProps>) {
    const frame = frameOf(this.props.countyColours);
    if (!frame) return;
    const state = stateOf(this);
    const rows = Math.max(1, Math.ceil(frame.to.length / 4 / TABLE_WIDTH));
    if (state.countyColourTables?.rows !== rows) {
      for (const texture of state.countyColourTables?.textures ?? []) texture.destroy();
      const create = () =>
        this.context.device.createTexture({
          format: 'rgba8unorm',
          width: TABLE_WIDTH,
          height: rows,
          mipLevels: 1,
          sampler: { minFilter: 'nearest', magFilter: 'nearest' },
        });
      // Written straight into the state: draw() runs inside the frame, where setState would ask for another.
      Object.assign(state, { countyColourTables: { textures: [create(), create()], held: [null, null], rows, padded: new Uint8Array(TABLE_WIDTH * rows * 4) } });
    }
    const tables = state.countyColourTables!;
    const plan = colourTablePlan(tables.held, frame);
    for (const { slot, table } of plan.writes) {
      writeTable(tables.textures[slot], table, tables.padded);
      tables.held[slot] = table;
    }
    const countyColoursFrom = tables.textures[plan.from];
    const countyColoursTo = tables.textures[plan.to];
    const fade = fadeProgress(frame, performance.now());
    for (const model of this.getModels()) {
      model.shaderInputs.setProps({ countyColours: { fade, countyColoursFrom, countyColoursTo } });
    }
    // Keep frames coming until the fade is complete; deck.gl redraws only when asked.
    if (fade < 1) this.setNeedsRedraw();
  }

  override finalizeState(this: Layer) {
    for (const texture of stateOf(this).countyColourTables?.textures ?? []) texture.destroy();
  }
}

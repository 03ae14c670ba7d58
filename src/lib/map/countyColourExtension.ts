/**
 * A deck.gl layer extension for the county fill: the colour of each polygon comes from two small
 * RGBA textures (one texel per county) mixed by the fade's progress, instead of a per-vertex
 * colour attribute. A colour change uploads two ~12 KB textures; the fade runs in the shader.
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

type ColourState = { countyColoursFrom?: Texture; countyColoursTo?: Texture; countyColourRows?: number; countyColoursUploaded?: CountyColourFrame };

function stateOf(layer: Layer): ColourState {
  return layer.state as ColourState;
}

/** Uploads a byte table into a texture TABLE_WIDTH wide, padding the last row. */
function writeTable(texture: Texture, table: Uint8Array): void {
  const padded = new Uint8Array(texture.width * texture.height * 4);
  padded.set(table);
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
    if (state.countyColourRows !== rows) {
      state.countyColoursFrom?.destroy();
      state.countyColoursTo?.destroy();
      const create = () =>
        this.context.device.createTexture({
          format: 'rgba8unorm',
          width: TABLE_WIDTH,
          height: rows,
          mipLevels: 1,
          sampler: { minFilter: 'nearest', magFilter: 'nearest' },
        });
      // Written straight into the state: draw() runs inside the frame, where setState would ask for another.
      Object.assign(state, { countyColoursFrom: create(), countyColoursTo: create(), countyColourRows: rows, countyColoursUploaded: undefined });
    }
    const { countyColoursFrom, countyColoursTo } = state;
    if (!countyColoursFrom || !countyColoursTo) return;
    if (state.countyColoursUploaded !== frame) {
      writeTable(countyColoursFrom, frame.from);
      writeTable(countyColoursTo, frame.to);
      state.countyColoursUploaded = frame;
    }
    const fade = fadeProgress(frame, performance.now());
    for (const model of this.getModels()) {
      model.shaderInputs.setProps({ countyColours: { fade, countyColoursFrom, countyColoursTo } });
    }
    // Keep frames coming until the fade is complete; deck.gl redraws only when asked.
    if (fade < 1) this.setNeedsRedraw();
  }

  override finalizeState(this: Layer) {
    const { countyColoursFrom, countyColoursTo } = stateOf(this);
    countyColoursFrom?.destroy();
    countyColoursTo?.destroy();
  }
}

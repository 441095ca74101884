/**
 * sigma (WebGL) programs for the line styles the cytoscape view draws with
 * `line-style`: planned ties dotted, disputed ties hollow (an outline in the
 * kind's colour around a white core), ties only possibly in the window
 * broken into dashes. One rectangle program (sigma's EdgeClampedProgram's
 * geometry) whose fragment shader cuts the line by the distance along it
 * and across it in screen pixels, so dots and dashes keep their size at
 * any zoom; an arrow variant adds sigma's own arrow head. Picking (a tap)
 * uses the whole rectangle, gaps included, so a dotted line is as easy to hit.
 */
import type { Attributes } from 'graphology-types';
import { createEdgeArrowHeadProgram, createEdgeCompoundProgram, EdgeProgram, type EdgeProgramType, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { STYLED_EDGE_TYPES, type LineCut, type StyledEdgeType } from './edgeTypes';

const UNIFORMS = ['u_matrix', 'u_zoomRatio', 'u_sizeRatio', 'u_correctionRatio', 'u_minEdgeThickness', 'u_lengthToThicknessRatio', 'u_resolution'] as const;

// sigma's clamped edge vertex shader, plus the distance along the line and its half width in CSS px.
const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_along;
varying float v_halfWidth;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  // Room for an arrow head at the target (radius 0: a line without one).
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy, 0, 1);

  vec2 from = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 to = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((to - from) * u_resolution * 0.5);
  v_halfWidth = length((u_matrix * vec3(unitNormal * webGLThickness, 0)).xy * u_resolution * 0.5);
  v_normal = unitNormal;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif

varying vec4 v_color;
varying vec2 v_normal;
varying float v_along;
varying float v_halfWidth;

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float hw = max(v_halfWidth, 0.5);
  float d = length(v_normal) * hw;
  float alpha = 1.0 - smoothstep(hw - 1.0, hw, d);
  vec4 color = v_color;
  #ifdef HOLLOW
  // A white core inside an outline of the line's colour, as cytoscape's line-outline.
  float core = hw * 0.42;
  color = mix(vec4(1.0), v_color, smoothstep(core - 0.6, core + 0.6, d));
  #endif
  #ifdef DOTS
  // Round dots as wide as the line, two widths apart (cytoscape: dash 1 5, round caps).
  float period = max(4.5, hw * 6.0);
  float p = mod(v_along, period) - period * 0.5;
  alpha *= 1.0 - smoothstep(hw - 0.6, hw + 0.4, length(vec2(p, d)));
  #endif
  #ifdef DASHES
  // Dashes of 2.4 widths with gaps of 1.6 (cytoscape: 6 4 at width 2.5).
  float dash = max(5.0, hw * 4.8);
  float gap = max(3.5, hw * 3.2);
  float q = mod(v_along, dash + gap);
  alpha *= 1.0 - smoothstep(dash - 0.5, dash + 0.5, q);
  #endif
  gl_FragColor = color * alpha;
  #endif
}
`;

function defines(cut: LineCut): string {
  return [cut.dots && '#define DOTS', cut.dashes && '#define DASHES', cut.hollow && '#define HOLLOW'].filter(Boolean).join('\n') + '\n';
}

// WebGL's constants by value: this module then imports where WebGLRenderingContext does not exist (tests).
const FLOAT = 0x1406;
const UNSIGNED_BYTE = 0x1401;
const TRIANGLES = 0x0004;

/** The line (without arrow head) of one cut: dotted, dashed, hollow, or a mix. `clamp` leaves room for an arrow head. */
export function createStyledLineProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(
  cut: LineCut,
  clamp: boolean,
  head = HEAD,
): EdgeProgramType<N, E, G> {
  const prefix = defines(cut);
  return class StyledLineProgram extends EdgeProgram<(typeof UNIFORMS)[number], N, E, G> {
    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: prefix + VERTEX,
        FRAGMENT_SHADER_SOURCE: prefix + FRAGMENT,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_positionStart', size: 2, type: FLOAT },
          { name: 'a_positionEnd', size: 2, type: FLOAT },
          { name: 'a_normal', size: 2, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_radius', size: 1, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: 'a_positionCoef', size: 1, type: FLOAT },
          { name: 'a_normalCoef', size: 1, type: FLOAT },
          { name: 'a_radiusCoef', size: 1, type: FLOAT },
        ],
        CONSTANT_DATA: [[0, 1, 0], [0, -1, 0], [1, 1, 1], [1, 1, 1], [0, -1, 0], [1, -1, -1]],
      };
    }

    processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
      const thickness = data.size || 1;
      const dx = target.x - source.x;
      const dy = target.y - source.y;
      let len = dx * dx + dy * dy;
      let n1 = 0;
      let n2 = 0;
      if (len) {
        len = 1 / Math.sqrt(len);
        n1 = -dy * len * thickness;
        n2 = dx * len * thickness;
      }
      const a = this.array;
      let i = startIndex;
      a[i++] = source.x;
      a[i++] = source.y;
      a[i++] = target.x;
      a[i++] = target.y;
      a[i++] = n1;
      a[i++] = n2;
      a[i++] = floatColor(data.color);
      a[i++] = edgeIndex;
      a[i++] = clamp ? target.size || 1 : 0;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
      gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
      gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
      gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(u.u_lengthToThicknessRatio, head.lengthToThicknessRatio);
      gl.uniform2f(u.u_resolution, params.width, params.height);
    }
  } as unknown as EdgeProgramType<N, E, G>;
}

/** sigma's arrow head proportions, for lines of plain width. */
const HEAD = { lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 };
/** A hollow line is over twice as wide: a head in sigma's proportions would dwarf a short line. */
const HOLLOW_HEAD = { lengthToThicknessRatio: 1.4, widenessToThicknessRatio: 1.2 };

/** The program classes for every styled edge type (see edgeTypes.ts), for sigma's `edgeProgramClasses`; `wrap` is applied to each part (the renderer batches them). */
export function styledEdgeProgramClasses(wrap: (program: EdgeProgramType) => EdgeProgramType = (program) => program): Record<StyledEdgeType, EdgeProgramType> {
  const out = {} as Record<StyledEdgeType, EdgeProgramType>;
  for (const [type, { cut, arrow }] of Object.entries(STYLED_EDGE_TYPES) as [StyledEdgeType, (typeof STYLED_EDGE_TYPES)[StyledEdgeType]][]) {
    const head = 'hollow' in cut ? HOLLOW_HEAD : HEAD;
    out[type] = arrow ? createEdgeCompoundProgram([wrap(createStyledLineProgram(cut, true, head)), wrap(createEdgeArrowHeadProgram(head))]) : wrap(createStyledLineProgram(cut, false));
  }
  return out;
}

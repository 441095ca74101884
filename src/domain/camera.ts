/**
 * Where the camera looks. Two forms:
 * - with `anchor` (an actor's id; what the app writes): layout-neutral. The centre of the graph
 *   area is at the anchor plus (x, y) shares of the width and height of the box holding every
 *   actor, and `zoom` is relative to the zoom that shows that box whole on the screen at hand.
 *   A link made on a desktop (wide layout) then opens on a phone (tall layout) around the same actor,
 *   showing the same share of the graph.
 * - without it (links made before): x, y are a model point at the centre and `zoom` is absolute.
 */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
  anchor?: string;
}

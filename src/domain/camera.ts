/** Where the camera looks: the model point at the centre of the graph area, and the zoom. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

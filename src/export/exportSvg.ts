import type { TielineState } from '../store/createTielineStore';
import type { PictureOptions } from './pictureOptions';
export function exportSvg(_s: TielineState, _o: PictureOptions): { blob: Blob; fileName: string } {
  throw new Error('SVG export is not ready yet.');
}

/** What a person chose in the export dialog. */
import type { PictureParts } from '../domain/pictureLayout';

export type PictureSize = { kind: 'scale'; scale: 1 | 2 | 4 } | { kind: 'width'; px: number };

export interface PictureOptions {
  size: PictureSize;
  area: 'view' | 'whole';
  background: 'white' | 'transparent';
  title: string;
  parts: PictureParts;
}

/** Pixel scale for a size choice, given the picture's width at 1×. */
export function scaleFor(size: PictureSize, width: number): number {
  return size.kind === 'scale' ? size.scale : Math.max(1, size.px) / width;
}

export const ALL_PARTS: PictureParts = { title: true, date: true, legend: true, filters: true, credit: true, balance: false, affiliations: false, idleActors: false };

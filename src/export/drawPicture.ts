/** Draws a laid-out picture onto a canvas at a pixel scale: text drawn at that scale stays crisp. */
import { PICTURE_FONT, type DrawItem, type PictureLayout } from '../domain/pictureLayout';

const DASHES = { solid: [], dashed: [5, 3], dotted: [1.5, 3] } as const;

export function canvasFont(size: number, weight: number): string {
  return `${weight} ${size}px ${PICTURE_FONT}`;
}

/** A measure function backed by a canvas, for layoutPicture. */
export function canvasMeasure(): (text: string, size: number, weight: number) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  // Remembered: a video lays its caption out on every frame with mostly the same words.
  const known = new Map<string, number>();
  return (text, size, weight) => {
    if (!ctx) return text.length * size * 0.55;
    const key = `${size}|${weight}|${text}`;
    let width = known.get(key);
    if (width === undefined) {
      ctx.font = canvasFont(size, weight);
      width = ctx.measureText(text).width;
      known.set(key, width);
    }
    return width;
  };
}

export function nodePath(ctx: CanvasRenderingContext2D | Path2D, shape: string, x: number, y: number, size: number): void {
  const r = size / 2;
  if (shape === 'ellipse') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else if (shape === 'hexagon') {
    const pts = hexagonPoints(x, y, size, size);
    pts.forEach(([px, py], k) => (k ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
    ctx.closePath();
  } else {
    ctx.roundRect(x - r, y - r, size, size, size * 0.2);
  }
}

/** Cytoscape's hexagon: flat top and bottom, points left and right. */
export function hexagonPoints(x: number, y: number, w: number, h: number): [number, number][] {
  return [
    [x - w / 4, y - h / 2],
    [x + w / 4, y - h / 2],
    [x + w / 2, y],
    [x + w / 4, y + h / 2],
    [x - w / 4, y + h / 2],
    [x - w / 2, y],
  ];
}

function drawItem(ctx: CanvasRenderingContext2D, item: DrawItem): void {
  if (item.t === 'text') {
    ctx.font = canvasFont(item.size, item.weight);
    ctx.fillStyle = item.color;
    ctx.textAlign = item.anchor === 'end' ? 'right' : 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(item.text, item.x, item.y);
  } else if (item.t === 'node') {
    ctx.beginPath();
    nodePath(ctx, item.shape, item.x, item.y, item.size);
    ctx.fillStyle = item.color;
    ctx.fill();
  } else {
    const end = item.arrow ? item.x2 - 7 : item.tee ? item.x2 - 2 : item.x2;
    ctx.save();
    ctx.globalAlpha = item.opacity ?? 1;
    const stroke = (color: string, width: number, dash: readonly number[]) => {
      ctx.beginPath();
      ctx.setLineDash([...dash]);
      ctx.lineCap = item.line === 'dotted' || (item.dash && item.dash[0]! <= 1) ? 'round' : 'butt';
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(end, item.y2);
      ctx.stroke();
    };
    if (item.hollow) {
      stroke(item.color, item.width + 2.5, []);
      stroke('#ffffff', item.width - 0.5, []);
    } else stroke(item.color, item.width, item.dash ?? DASHES[item.line]);
    ctx.setLineDash([]);
    if (item.tee) {
      ctx.beginPath();
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 2.5;
      ctx.moveTo(item.x2 - 1, item.y2 - 5);
      ctx.lineTo(item.x2 - 1, item.y2 + 5);
      ctx.stroke();
    }
    ctx.restore();
    if (item.arrow) {
      ctx.beginPath();
      ctx.moveTo(item.x2 - 8, item.y2 - 4.5);
      ctx.lineTo(item.x2, item.y2);
      ctx.lineTo(item.x2 - 8, item.y2 + 4.5);
      ctx.closePath();
      ctx.fillStyle = item.color;
      ctx.fill();
    }
  }
}

/** Draws background, graph raster and every item. `graph` is placed in the layout's graph area (1× units). */
export function drawPicture(
  ctx: CanvasRenderingContext2D,
  layout: PictureLayout,
  scale: number,
  background: 'white' | 'transparent',
  graph: { image: CanvasImageSource; x: number; y: number; w: number; h: number } | null,
): void {
  ctx.save();
  ctx.scale(scale, scale);
  if (background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, layout.width, layout.height);
  }
  if (graph) {
    const g = layout.graph;
    ctx.save();
    ctx.beginPath();
    ctx.rect(g.x, g.y, g.w, g.h);
    ctx.clip();
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(graph.image, g.x + graph.x, g.y + graph.y, graph.w, graph.h);
    ctx.restore();
  }
  for (const item of layout.items) drawItem(ctx, item);
  ctx.restore();
}

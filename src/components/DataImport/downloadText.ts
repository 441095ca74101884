import { saveBlob } from '../../export/saveBlob';

/** Saves text as a file (the browser's own download). */
export function downloadText(fileName: string, text: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}

/** A title as a file name: "Vietnam between Russia and Ukraine" → "vietnam-between-russia-and-ukraine". */
export function fileNameFor(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'tieline-graph'}.${extension}`;
}

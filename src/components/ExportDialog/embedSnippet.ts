/** The `<iframe>` snippet that embeds this moment: the current link with `embed=1`. */
export function embedSnippet(link: string, title: string): string {
  const url = new URL(link);
  url.searchParams.set('embed', '1');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(url.href)}" title="${esc(title)}" width="100%" height="560" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

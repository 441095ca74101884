/**
 * Links from data files are shown only for http and https: `javascript:`,
 * `data:` and every other scheme stay plain text, whatever a file says.
 */

/** The normalised URL when it is http(s), else undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

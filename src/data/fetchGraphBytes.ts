/**
 * Fetches a data file named in the page address (`?data=URL`), explaining
 * every way that can fail in words a person can act on.
 */
import { fileSizeProblem } from './import/limits';

export type Fetched = { ok: true; name: string; bytes: Uint8Array } | { ok: false; problem: string };

/** The last part of the address's path, for messages and the default title. */
function nameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return last ?? url.hostname;
  }
}

/** Fetches `address` (resolved against `base`). Never throws. */
export async function fetchGraphBytes(address: string, base: string, fetchImpl: typeof fetch = fetch): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return { ok: false, problem: `${JSON.stringify(address)} is not a web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: `only http and https addresses can be opened (this one is ${url.protocol})` };
  }
  let response: Response;
  try {
    response = await fetchImpl(url.href, { credentials: 'omit' });
  } catch {
    const other = typeof location !== 'undefined' && url.origin !== location.origin;
    return {
      ok: false,
      problem: other
        ? `could not be fetched: the address may be wrong or offline, or its server does not let other sites read the file (it must send an Access-Control-Allow-Origin header, "CORS")`
        : 'could not be fetched: the address may be wrong, or the network is offline',
    };
  }
  if (!response.ok) return { ok: false, problem: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  const declared = Number(response.headers.get('content-length'));
  const early = Number.isFinite(declared) ? fileSizeProblem(declared) : null;
  if (early) return { ok: false, problem: early };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    // The headers came, the body did not: the connection dropped mid-download.
    return { ok: false, problem: 'the download broke off before the end of the file (the connection dropped or the server stopped sending); try the link again' };
  }
  const late = fileSizeProblem(bytes.length);
  if (late) return { ok: false, problem: late };
  return { ok: true, name: nameOf(url), bytes };
}

import { describe, expect, it } from 'vitest';
import { fetchGraphBytes } from './fetchGraphBytes';

/** A response whose headers arrive and whose body breaks off after a few bytes, as a dropped connection does. */
const brokenBody = (): typeof fetch => async () =>
  new Response(
    new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"schemaVersion": 1, "nodes": ['));
        c.error(new TypeError('network error'));
      },
    }),
    { status: 200, headers: { 'content-length': '5000' } },
  );

describe('fetchGraphBytes', () => {
  it('a download that breaks off mid-body ends in a message, not a thrown error', async () => {
    const r = await fetchGraphBytes('https://example.org/g.json', 'https://tieline.example/', brokenBody());
    expect(r).toEqual({ ok: false, problem: 'the download broke off before the end of the file (the connection dropped or the server stopped sending); try the link again' });
  });

  it('a whole body is returned with the file name', async () => {
    const r = await fetchGraphBytes('https://example.org/data/g%20x.json', 'https://tieline.example/', async () => new Response('{}'));
    expect(r.ok && r.name).toBe('g x.json');
  });
});

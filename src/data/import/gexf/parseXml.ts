/**
 * A small, strict XML reader for GEXF: elements, attributes, text, comments,
 * CDATA and the five predefined entities plus character references.
 *
 * Why our own and not DOMParser: the importers are pure so they run and are
 * tested the same in Node and the browser (no jsdom in parser tests), and
 * this reader never expands entities a file declares (a DOCTYPE with
 * `<!ENTITY` is refused), so no file can make it blow up in memory.
 * Elements are named by their local name (`viz:position` → `position`).
 */

export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; line: number; message: string };

class XmlError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const NAME = /[A-Za-z_:][\w:.\-]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i >= 0 ? qname.slice(i + 1) : qname;
}

function decodeEntities(raw: string, at: number): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(at, `"${whole}" is not a complete entity (write &amp; for "&")`);
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new XmlError(at, `"${whole}" is not a character`);
      return String.fromCodePoint(code);
    }
    const e = ENTITIES[ref];
    if (e === undefined) throw new XmlError(at, `the entity "${whole}" is not defined`);
    return e;
  });
}

/** Parses XML text into a tree, or says where it is broken (with its line). */
export function parseXml(text: string): XmlResult {
  const lineOf = (at: number) => {
    let line = 1;
    for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  };
  try {
    return { ok: true, root: parse(text) };
  } catch (err) {
    if (err instanceof XmlError) return { ok: false, line: lineOf(err.at), message: err.message };
    return { ok: false, line: 1, message: err instanceof Error ? err.message : String(err) };
  }
}

function parse(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  // Lines are counted incrementally: lineOf on every tag would be quadratic.
  let line = 1;
  let lineAt = 0;
  const lineAtPos = (pos: number) => {
    for (; lineAt < pos; lineAt++) if (text.charCodeAt(lineAt) === 10) line++;
    return line;
  };
  const skipTo = (end: string, what: string) => {
    const j = text.indexOf(end, i);
    if (j < 0) throw new XmlError(i, `${what} is never closed`);
    const body = text.slice(i, j);
    i = j + end.length;
    return body;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk.trim() !== '') {
      const top = stack[stack.length - 1];
      if (!top) throw new XmlError(i, 'there is text outside the root element');
      top.text += decodeEntities(chunk, i);
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) skipTo('-->', 'a comment');
    else if (text.startsWith('<![CDATA[', i)) {
      i += 9;
      const body = skipTo(']]>', 'a CDATA section');
      const top = stack[stack.length - 1];
      if (top) top.text += body;
    } else if (text.startsWith('<?', i)) skipTo('?>', 'a processing instruction');
    else if (text.startsWith('<!DOCTYPE', i) || text.startsWith('<!doctype', i)) {
      const start = i;
      const body = skipTo('>', 'the DOCTYPE');
      if (body.includes('<!ENTITY') || body.includes('[')) throw new XmlError(start, 'the file declares its own XML entities, which Tieline does not read');
    } else if (text.startsWith('</', i)) {
      const start = i;
      const name = skipTo('>', 'a closing tag').slice(2).trim();
      const top = stack.pop();
      if (!top) throw new XmlError(start, `</${name}> closes nothing`);
      if (localName(name) !== top.name) throw new XmlError(start, `</${name}> closes <${top.name}> opened on line ${top.line}`);
    } else {
      const start = i;
      i++;
      NAME.lastIndex = i;
      const m = NAME.exec(text);
      if (!m) throw new XmlError(start, 'a "<" that does not start a tag (write &lt; for "<")');
      i = NAME.lastIndex;
      const el: XmlElement = { name: localName(m[0]), attrs: new Map(), children: [], text: '', line: lineAtPos(start) };
      let selfClosing = false;
      for (;;) {
        while (/\s/.test(text.charAt(i))) i++;
        const c = text.charAt(i);
        if (c === '>') {
          i++;
          break;
        }
        if (c === '/' && text.charAt(i + 1) === '>') {
          i += 2;
          selfClosing = true;
          break;
        }
        NAME.lastIndex = i;
        const a = NAME.exec(text);
        if (!a) throw new XmlError(i, i >= text.length ? `<${el.name}> is never closed` : `unexpected "${c}" in <${el.name}>`);
        i = NAME.lastIndex;
        while (/\s/.test(text.charAt(i))) i++;
        if (text.charAt(i) !== '=') throw new XmlError(i, `the attribute ${a[0]} of <${el.name}> has no value`);
        i++;
        while (/\s/.test(text.charAt(i))) i++;
        const q = text.charAt(i);
        if (q !== '"' && q !== "'") throw new XmlError(i, `the value of ${a[0]} in <${el.name}> is not in quotes`);
        const close = text.indexOf(q, i + 1);
        if (close < 0) throw new XmlError(i, `the value of ${a[0]} in <${el.name}> is never closed`);
        const raw = text.slice(i + 1, close);
        if (raw.includes('<')) throw new XmlError(i, `the value of ${a[0]} in <${el.name}> holds a "<"`);
        el.attrs.set(localName(a[0]), decodeEntities(raw, i));
        i = close + 1;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new XmlError(start, 'there is more than one root element');
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  const open = stack[stack.length - 1];
  if (open) throw new XmlError(text.length, `<${open.name}> opened on line ${open.line} is never closed`);
  if (!root) throw new XmlError(0, 'the file holds no XML element');
  return root;
}

/** Child elements with a given local name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The first child element with a given local name. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

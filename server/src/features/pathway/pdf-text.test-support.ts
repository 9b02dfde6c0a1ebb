import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/**
 * Reads back the text of a PDF that pdfkit wrote with embedded (subset) fonts: the glyph ids each TJ/Tj shows, mapped
 * to characters through the ToUnicode CMap of the font selected by the last Tf. Also counts the glyphs that were
 * .notdef (id 0): a character the font lacks would be drawn as one.
 */
export function pdfText(pdf: Buffer): { text: string; missingGlyphs: number } {
  const objects = objectsOf(pdf);
  const cmaps = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const fonts of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of fonts[1]!.matchAll(/\/(\w+)\s+(\d+)\s+0\s+R/g)) {
        const toUnicode = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(objects.get(Number(ref))?.dict ?? '');
        const stream = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
        if (stream) cmaps.set(name!, parseCmap(stream.toString('latin1')));
      }
    }
  }
  let text = '';
  let missingGlyphs = 0;
  for (const { stream } of objects.values()) {
    const content = stream?.toString('latin1') ?? '';
    if (!/\bT[Jj]\b/.test(content) || content.includes('begincmap')) continue;
    let cmap = new Map<number, string>();
    for (const op of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
      if (op[1]) {
        cmap = cmaps.get(op[1]) ?? new Map();
        continue;
      }
      const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [op[3]!];
      for (const hex of hexes) {
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          const gid = parseInt(hex.slice(i, i + 4), 16);
          if (gid === 0) missingGlyphs += 1;
          text += cmap.get(gid) ?? '\uFFFD';
        }
      }
      text += ' ';
    }
  }
  return { text, missingGlyphs };
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([^]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const start = match.index! + match[0].indexOf(body) + body.indexOf('\n', streamAt) + 1;
    const end = source.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? safeInflate(bytes) : bytes });
  }
  return objects;
}

function safeInflate(bytes: Buffer): Buffer | null {
  try {
    return inflateSync(bytes);
  } catch {
    return null;
  }
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCmap(cmap: string): Map<number, string> {
  const into = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    const start = parseInt(range[1]!, 16);
    // A ligature's entry lists its code units apart: <0066 0069>.
    [...range[3]!.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((m, i) => into.set(start + i, utf16(m[1]!.replace(/\s/g, ''))));
  }
  for (const block of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) into.set(parseInt(pair[1]!, 16), utf16(pair[2]!));
  }
  return into;
}

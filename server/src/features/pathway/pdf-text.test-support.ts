import { inflateSync } from 'node:zlib';

/**
 * Reads back the text of a PDF that pdfkit wrote with an embedded (subset) font: the glyph ids each TJ/Tj string
 * shows, mapped to characters through the font's ToUnicode CMap. Also returns how many glyphs were .notdef (id 0):
 * a character the font lacks would be drawn as one.
 */
export function pdfText(pdf: Buffer): { text: string; missingGlyphs: number } {
  const streams = streamsOf(pdf);
  const toUnicode = new Map<number, string>();
  for (const stream of streams.filter((s) => s.includes('begincmap'))) parseCmap(stream, toUnicode);
  let text = '';
  let missingGlyphs = 0;
  for (const stream of streams.filter((s) => /T[Jj]/.test(s) && !s.includes('begincmap'))) {
    for (const show of stream.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
      const hexes = show[1] !== undefined ? [...show[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [show[2]!];
      for (const hex of hexes) {
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          const gid = parseInt(hex.slice(i, i + 4), 16);
          if (gid === 0) missingGlyphs += 1;
          text += toUnicode.get(gid) ?? '\uFFFD';
        }
      }
      text += ' ';
    }
  }
  return { text, missingGlyphs };
}

function streamsOf(pdf: Buffer): string[] {
  const out: string[] = [];
  const source = pdf.toString('latin1');
  for (const match of source.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = source.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    const data = match[1]!.includes('/FlateDecode') ? safeInflate(bytes) : bytes;
    if (data) out.push(data.toString('latin1'));
  }
  return out;
}

function safeInflate(bytes: Buffer): Buffer | null {
  try {
    return inflateSync(bytes);
  } catch {
    return null; // font programs and images: not text
  }
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCmap(cmap: string, into: Map<number, string>): void {
  for (const range of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    const start = parseInt(range[1]!, 16);
    [...range[3]!.matchAll(/<([0-9a-fA-F]*)>/g)].forEach((m, i) => into.set(start + i, utf16(m[1]!)));
  }
  for (const block of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) into.set(parseInt(pair[1]!, 16), utf16(pair[2]!));
  }
}

/**
 * Reads the PNG screenshots the browsers write (8-bit RGB or RGBA, not interlaced) into
 * pixels, to measure what a reader sees: the contrast of text on a highlight.
 */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGB of (x, y). */
  at(x: number, y: number): [number, number, number];
}

export function decodePng(file: Buffer): Pixels {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      const colour = data[9];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || data[12] !== 0) {
        throw new Error(
          `unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${data[12]}`,
        );
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? out[y * stride + i - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0;
      let value = line[i]!;
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[y * stride + i] = value & 0xff;
    }
  }
  return {
    width,
    height,
    at: (x, y) => {
      const i = y * stride + x * channels;
      return [out[i]!, out[i + 1]!, out[i + 2]!];
    },
  };
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

export function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The contrast of text in a box of the screenshot: its background is the most common colour
 * there, its text the colour that stands out most from it (the core of a glyph stroke).
 */
export function textContrast(
  pixels: Pixels,
  box: { x: number; y: number; width: number; height: number },
): { background: number[]; text: number[]; ratio: number } {
  const counts = new Map<string, number>();
  const colours: number[][] = [];
  const x0 = Math.max(0, Math.round(box.x) + 1);
  // The glyphs' middle band: above any underline, which would otherwise stand in for the text.
  const y0 = Math.max(0, Math.round(box.y + box.height * 0.2));
  const x1 = Math.min(pixels.width, Math.round(box.x + box.width) - 1);
  const y1 = Math.min(pixels.height, Math.round(box.y + box.height * 0.7));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const colour = pixels.at(x, y);
      const key = colour.join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
      colours.push(colour);
    }
  }
  const background = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])[0]![0]
    .split(',')
    .map(Number);
  let text = background;
  let ratio = 1;
  for (const colour of colours) {
    const r = contrast(colour, background);
    if (r > ratio) [text, ratio] = [colour, r];
  }
  return { background, text, ratio };
}

import { deflateSync } from 'node:zlib';
import { GLYPH_HEIGHT, GLYPH_WIDTH, drawableText, glyphPixel } from './bitmap-font';
import { Random } from './random';

export interface PlaceholderPngOptions {
  width: number;
  height: number;
  label?: string;
  /** Picks colours and shapes; defaults to one derived from the label. */
  seed?: number;
}

const MAX_SIDE = 8000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

type Rgb = [number, number, number];

/** An RGB canvas laid out as PNG scanlines: one filter byte (0 = none) before each row. */
class Canvas {
  readonly pixels: Buffer;
  private readonly stride: number;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.stride = width * 3 + 1;
    this.pixels = Buffer.alloc(this.stride * height);
  }

  blend(x: number, y: number, [red, green, blue]: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const offset = y * this.stride + 1 + x * 3;
    const pixels = this.pixels;
    pixels[offset] = Math.round((pixels[offset] as number) * (1 - alpha) + red * alpha);
    pixels[offset + 1] = Math.round((pixels[offset + 1] as number) * (1 - alpha) + green * alpha);
    pixels[offset + 2] = Math.round((pixels[offset + 2] as number) * (1 - alpha) + blue * alpha);
  }

  fillRect(left: number, top: number, right: number, bottom: number, colour: Rgb, alpha: number): void {
    for (let y = Math.max(0, top); y < Math.min(this.height, bottom); y++) {
      for (let x = Math.max(0, left); x < Math.min(this.width, right); x++) this.blend(x, y, colour, alpha);
    }
  }

  fillCircle(centreX: number, centreY: number, radius: number, colour: Rgb, alpha: number): void {
    const top = Math.floor(centreY - radius);
    const bottom = Math.ceil(centreY + radius);
    for (let y = top; y <= bottom; y++) {
      const halfWidth = Math.sqrt(Math.max(0, radius * radius - (y - centreY) ** 2));
      for (let x = Math.floor(centreX - halfWidth); x <= Math.ceil(centreX + halfWidth); x++) {
        this.blend(x, y, colour, alpha);
      }
    }
  }
}

function mix(from: Rgb, to: Rgb, share: number): Rgb {
  return [
    from[0] + (to[0] - from[0]) * share,
    from[1] + (to[1] - from[1]) * share,
    from[2] + (to[2] - from[2]) * share,
  ];
}

function hsl(hue: number, saturation: number, lightness: number): Rgb {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const sector = (hue / 60) % 6;
  const second = chroma * (1 - Math.abs((sector % 2) - 1));
  const [red, green, blue] =
    sector < 1 ? [chroma, second, 0]
    : sector < 2 ? [second, chroma, 0]
    : sector < 3 ? [0, chroma, second]
    : sector < 4 ? [0, second, chroma]
    : sector < 5 ? [second, 0, chroma]
    : [chroma, 0, second];
  const base = lightness - chroma / 2;
  return [(red + base) * 255, (green + base) * 255, (blue + base) * 255];
}

function paintScene(canvas: Canvas, random: Random): void {
  const hue = random.int(0, 359);
  const top = hsl(hue, 0.45, 0.35);
  const bottom = hsl((hue + 40) % 360, 0.55, 0.7);
  const { width, height } = canvas;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // a diagonal gradient reads as "photo" better than a flat colour
      canvas.blend(x, y, mix(top, bottom, (y / height) * 0.75 + (x / width) * 0.25), 1);
    }
  }
  const shortSide = Math.min(width, height);
  const circles = random.int(3, 6);
  for (let index = 0; index < circles; index++) {
    canvas.fillCircle(
      random.int(0, width),
      random.int(0, Math.floor(height * 0.7)),
      shortSide * (0.08 + random.next() * 0.22),
      hsl((hue + random.int(120, 240)) % 360, 0.5, 0.75),
      0.35,
    );
  }
  // a darker floor band, like a stage or a table in a meeting photo
  canvas.fillRect(0, Math.floor(height * 0.78), width, height, hsl(hue, 0.3, 0.18), 0.55);
}

function wrapWords(text: string, maxCharacters: number): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (word.length > maxCharacters) return null;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxCharacters) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function paintLabel(canvas: Canvas, label: string): void {
  const text = drawableText(label);
  if (!text) return;
  const { width, height } = canvas;
  // the largest pixel size at which the wrapped label fits into 90 % × 60 % of the picture
  for (let scale = Math.max(1, Math.floor(height / 80)); scale >= 1; scale--) {
    const advance = (GLYPH_WIDTH + 1) * scale;
    const lineHeight = (GLYPH_HEIGHT + 3) * scale;
    const lines = wrapWords(text, Math.floor((width * 0.9) / advance));
    if (!lines || lines.length * lineHeight > height * 0.6) continue;
    const blockHeight = lines.length * lineHeight;
    const blockTop = Math.floor((height - blockHeight) / 2);
    canvas.fillRect(0, blockTop - 2 * scale, width, blockTop + blockHeight + scale, [0, 0, 0], 0.45);
    lines.forEach((line, lineIndex) => {
      const left = Math.floor((width - line.length * advance + scale) / 2);
      const top = blockTop + lineIndex * lineHeight + scale;
      [...line].forEach((character, characterIndex) => {
        for (let row = 0; row < GLYPH_HEIGHT; row++) {
          for (let column = 0; column < GLYPH_WIDTH; column++) {
            if (!glyphPixel(character, column, row)) continue;
            canvas.fillRect(
              left + characterIndex * advance + column * scale,
              top + row * scale,
              left + characterIndex * advance + (column + 1) * scale,
              top + (row + 1) * scale,
              [255, 255, 255],
              1,
            );
          }
        }
      });
    });
    return;
  }
}

function seedOf(label: string): number {
  let hash = 17;
  for (const character of label) hash = (Math.imul(hash, 31) + (character.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

/**
 * A valid RGB PNG (8 bit, no interlace) showing a gradient, soft shapes and the label, so that
 * seeded press photos have a real image to upload. Same options, same bytes.
 */
export function placeholderPng(options: PlaceholderPngOptions): Buffer {
  const { width, height, label = '' } = options;
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_SIDE) {
      throw new RangeError(`placeholderPng: ${name} must be a whole number from 1 to ${MAX_SIDE}, got ${value}`);
    }
  }
  const canvas = new Canvas(width, height);
  paintScene(canvas, new Random(options.seed ?? seedOf(label)));
  paintLabel(canvas, label);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method: adaptive
  header[12] = 0; // no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(canvas.pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

import { crc32, deflateSync } from 'node:zlib';

/** An RGB colour as `0xRRGGBB`. */
export type Rgb = number;

/** A white canvas of opaque RGB pixels that rectangles are painted on. */
export class Raster {
  private readonly pixels: Buffer;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = Buffer.alloc(width * height * 3, 0xff);
  }

  /** Fills `[x, x+w) × [y, y+h)`, clipped to the canvas; fractional edges round to whole pixels. */
  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let row = y0; row < y1; row += 1) {
      for (let column = x0; column < x1; column += 1) {
        const at = (row * this.width + column) * 3;
        this.pixels[at] = (color >> 16) & 0xff;
        this.pixels[at + 1] = (color >> 8) & 0xff;
        this.pixels[at + 2] = color & 0xff;
      }
    }
  }

  pixel(x: number, y: number): Rgb {
    const at = (y * this.width + x) * 3;
    return (this.pixels[at]! << 16) | (this.pixels[at + 1]! << 8) | this.pixels[at + 2]!;
  }

  /** PNG (8-bit RGB, no filter): the same pixels give the same bytes, with no image library. */
  toPng(): Buffer {
    const stride = this.width * 3;
    const raw = Buffer.alloc((stride + 1) * this.height);
    for (let row = 0; row < this.height; row += 1) {
      // filter byte 0 (none) before each scanline
      this.pixels.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter, no interlace
    return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { placeholderPng } from './png';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function chunks(png: Buffer): Chunk[] {
  const result: Chunk[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    result.push({
      type: png.toString('ascii', offset + 4, offset + 8),
      data: png.subarray(offset + 8, offset + 8 + length),
      crc: png.readUInt32BE(offset + 8 + length),
    });
    offset += 12 + length;
  }
  return result;
}

// reference CRC-32 (bitwise), independent of the table-driven one under test
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('placeholderPng', () => {
  const png = placeholderPng({ width: 320, height: 200, label: 'Auftakt im TrafoHub' });

  it('starts with the PNG signature', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('declares the requested size in its IHDR chunk', () => {
    const [header] = chunks(png);
    expect(header?.type).toBe('IHDR');
    expect(header?.data.readUInt32BE(0)).toBe(320);
    expect(header?.data.readUInt32BE(4)).toBe(200);
    expect(header?.data[8]).toBe(8);
    expect(header?.data[9]).toBe(2);
  });

  it('has valid chunk checksums, ends with IEND and holds one filtered RGB scanline per row', () => {
    const all = chunks(png);
    expect(all.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const chunk of all) expect(chunk.crc).toBe(crc32(Buffer.concat([Buffer.from(chunk.type, 'ascii'), chunk.data])));
    const pixels = inflateSync(all[1]?.data as Buffer);
    expect(pixels.length).toBe((320 * 3 + 1) * 200);
  });

  it('draws a picture, not a flat colour, and the label changes it', () => {
    const pixels = inflateSync(chunks(png)[1]?.data as Buffer);
    expect(new Set(pixels).size).toBeGreaterThan(50);
    const other = placeholderPng({ width: 320, height: 200, label: 'Arbeitskreis Führung' });
    expect(other.equals(png)).toBe(false);
  });

  it('is deterministic', () => {
    expect(placeholderPng({ width: 320, height: 200, label: 'Auftakt im TrafoHub' }).equals(png)).toBe(true);
    expect(placeholderPng({ width: 64, height: 64, seed: 3 }).equals(placeholderPng({ width: 64, height: 64, seed: 3 }))).toBe(true);
  });

  it('handles tiny pictures and rejects impossible sizes', () => {
    expect(chunks(placeholderPng({ width: 1, height: 1, label: 'X' }))[0]?.data.readUInt32BE(0)).toBe(1);
    expect(() => placeholderPng({ width: 0, height: 10 })).toThrow(RangeError);
    expect(() => placeholderPng({ width: 10.5, height: 10 })).toThrow(RangeError);
  });
});

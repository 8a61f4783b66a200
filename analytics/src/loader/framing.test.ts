import { describe, expect, it } from 'vitest';
import { LoadError } from '../errors.js';
import { FramingScanner, parseFraming } from './framing.js';

const META = '{"type":"_meta","formatVersion":2,"exportedAt":"2026-11-25T08:00:00.000Z","manifest":{"organisation":{"name":{"type":"string"}}}}';
const END = '{"type":"_end","count":2,"counts":{"organisation":2}}';
const BODY = `${META}\n{"type":"organisation","documentId":"a"}\n{"type":"organisation","documentId":"b"}\n${END}`;

function scan(text: string, chunkSize: number) {
  const scanner = new FramingScanner();
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunkSize) scanner.push(bytes.subarray(i, i + chunkSize));
  return { ...scanner.finish(), bytes: scanner.bytes };
}

describe('FramingScanner', () => {
  it('finds the first and last line whatever the chunk boundaries', () => {
    for (const text of [BODY, `${BODY}\n`, `${BODY}\n\n\r\n`, BODY.replaceAll('\n', '\r\n')]) {
      for (let size = 1; size <= text.length; size += 1) {
        const result = scan(text, size);
        expect(result.firstLine, `chunk ${size}`).toBe(META);
        expect(result.lastLine, `chunk ${size}`).toBe(END);
        expect(result.bytes).toBe(Buffer.byteLength(text));
      }
    }
  });

  it('reports a cut-off stream by its last line', () => {
    const cut = BODY.slice(0, BODY.indexOf(END) + 10);
    expect(scan(cut, 7).lastLine).toBe(END.slice(0, 10));
    expect(scan('', 7)).toMatchObject({ firstLine: null, lastLine: null });
  });
});

describe('parseFraming', () => {
  it('returns the export time and counts', () => {
    expect(parseFraming({ firstLine: META, lastLine: END })).toEqual({
      formatVersion: 2,
      exportedAt: '2026-11-25T08:00:00.000Z',
      manifest: { organisation: { name: { type: 'string' } } },
      count: 2,
      counts: { organisation: 2 },
    });
  });

  it('rejects a missing _meta, a missing _end and a malformed _end', () => {
    const cases = [
      { firstLine: '<html>', lastLine: END, step: 'framing', text: 'Kopfzeile' },
      { firstLine: META, lastLine: '{"type":"organisation"}', step: 'framing', text: 'Schlusszeile _end fehlt' },
      { firstLine: META, lastLine: '{"type":"_end","count":"2"}', step: 'framing', text: 'fehlerhaft' },
      { firstLine: META.replace('"formatVersion":2', '"formatVersion":1'), lastLine: END, step: 'framing', text: 'Version 1' },
      { firstLine: META.replace(/,"manifest".*\}$/, '}'), lastLine: END, step: 'framing', text: 'manifest' },
      { firstLine: META.replace('{"type":"string"}', '"string"'), lastLine: END, step: 'framing', text: 'manifest' },
    ];
    for (const c of cases) {
      try {
        parseFraming(c);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(LoadError);
        expect((error as LoadError).step).toBe(c.step);
        expect((error as LoadError).userMessage).toContain(c.text);
        expect((error as LoadError).userMessage).toContain('Die bisher geladenen Kennzahlen bleiben unverändert.');
      }
    }
  });
});

import { Transform } from 'node:stream';
import { LoadError } from '../errors.js';
import { type ExportManifest, parseManifest } from './manifest.js';

/** Framing lines are small; a longer first/last line is certainly not `_meta`/`_end`. */
const MAX_FRAMING_LINE = 1 << 20;
const NEWLINE = 10;
const TOO_LONG = '<line too long>';

/** The export format this loader reads (docs/export-format.md); the CMS plugin writes the same. */
export const EXPORT_FORMAT_VERSION = 2;

export interface ExportFraming {
  formatVersion: number;
  exportedAt: string;
  manifest: ExportManifest;
  count: number;
  counts: Record<string, number>;
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) {
    if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  }
  return true;
}

function text(line: Buffer): string {
  return line.length > MAX_FRAMING_LINE ? TOO_LONG : line.toString('utf8').trim();
}

/**
 * Watches a byte stream for its first and last non-blank line without holding more than one
 * line in memory, so the export can be checked while it streams to disk.
 */
export class FramingScanner {
  bytes = 0;
  private head: Buffer[] = [];
  private headBytes = 0;
  private headDone = false;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private lastLine: string | null = null;

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (!this.headDone) this.collectHead(chunk);

    let lineEnd = chunk.lastIndexOf(NEWLINE);
    if (lineEnd < 0) {
      this.appendTail(chunk);
      return;
    }
    const newTail = chunk.subarray(lineEnd + 1);
    for (;;) {
      const previous = lineEnd === 0 ? -1 : chunk.lastIndexOf(NEWLINE, lineEnd - 1);
      const piece = chunk.subarray(previous + 1, lineEnd);
      const line = previous < 0 ? this.takeTail(piece) : piece;
      if (!isBlank(line)) {
        this.lastLine = text(line);
        break;
      }
      if (previous < 0) break;
      lineEnd = previous;
    }
    this.tail = [];
    this.tailBytes = 0;
    this.appendTail(newTail);
  }

  finish(): { firstLine: string | null; lastLine: string | null } {
    const rest = this.takeTail(Buffer.alloc(0));
    const lastLine = isBlank(rest) ? this.lastLine : text(rest);
    const head = Buffer.concat(this.head);
    return { firstLine: head.length > 0 && !isBlank(head) ? text(head) : null, lastLine };
  }

  transform(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.push(chunk);
        callback(null, chunk);
      },
    });
  }

  private collectHead(chunk: Buffer): void {
    const end = chunk.indexOf(NEWLINE);
    const part = end < 0 ? chunk : chunk.subarray(0, end);
    if (this.headBytes <= MAX_FRAMING_LINE) {
      this.head.push(Buffer.from(part));
      this.headBytes += part.length;
    }
    if (end >= 0) this.headDone = true;
  }

  private appendTail(part: Buffer): void {
    this.tailBytes += part.length;
    if (this.tailBytes <= MAX_FRAMING_LINE + 1) this.tail.push(Buffer.from(part));
  }

  private takeTail(piece: Buffer): Buffer {
    if (this.tailBytes + piece.length > MAX_FRAMING_LINE) return Buffer.alloc(MAX_FRAMING_LINE + 1, 120);
    return Buffer.concat([...this.tail, piece]);
  }
}

function parseJsonObject(line: string | null): Record<string, unknown> | null {
  if (line === null) return null;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Checks that the export starts with `_meta` and ends with `_end`, i.e. was not cut off. */
export function parseFraming(lines: { firstLine: string | null; lastLine: string | null }): ExportFraming {
  const meta = parseJsonObject(lines.firstLine);
  if (!meta || meta.type !== '_meta') {
    throw new LoadError(
      'framing',
      'first line is not a _meta record',
      'Der Export beginnt nicht mit der Kopfzeile (_meta) – die Antwort des CMS ist kein gültiger Export.',
    );
  }
  if (meta.formatVersion !== EXPORT_FORMAT_VERSION || typeof meta.exportedAt !== 'string' || Number.isNaN(Date.parse(meta.exportedAt))) {
    throw new LoadError(
      'framing',
      `unsupported _meta ${JSON.stringify(meta)}`,
      `Das Exportformat (Version ${String(meta.formatVersion)}) wird nicht unterstützt oder der Exportzeitpunkt fehlt.`,
    );
  }
  const manifest = parseManifest(meta.manifest);
  if (!manifest) {
    throw new LoadError('framing', 'the _meta line has no valid manifest', 'Die Kopfzeile des Exports (_meta) enthält keine gültige Beschreibung der Felder (manifest).');
  }
  const end = parseJsonObject(lines.lastLine);
  if (!end || end.type !== '_end') {
    throw new LoadError(
      'framing',
      'last line is not an _end record: the export was cut off',
      'Der Export ist unvollständig (die Schlusszeile _end fehlt) – vermutlich wurde die Übertragung abgebrochen.',
    );
  }
  const counts = end.counts;
  const validCounts =
    typeof counts === 'object' &&
    counts !== null &&
    Object.values(counts).every((n) => Number.isInteger(n) && (n as number) >= 0);
  if (!Number.isInteger(end.count) || !validCounts) {
    throw new LoadError('framing', `malformed _end ${JSON.stringify(end)}`, 'Die Schlusszeile des Exports (_end) ist fehlerhaft.');
  }
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    manifest,
    count: end.count as number,
    counts: counts as Record<string, number>,
  };
}

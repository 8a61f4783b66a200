import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { describeError, isDiskFull, LoadError } from '../errors.js';
import { type ExportFraming, FramingScanner, parseFraming } from './framing.js';

export type FetchLike = typeof fetch;

export interface ExportFile {
  bytes: number;
  framing: ExportFraming;
}

const DISK_FULL = 'Auf dem Server ist nicht genug Speicherplatz frei, um den Export zu speichern.';

function downloadFailed(url: string, error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  if (isDiskFull(error)) return new LoadError('download', describeError(error), DISK_FULL, { cause: error });
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new LoadError('download', `timeout fetching ${url}`, 'Der Export aus dem CMS hat zu lange gedauert und wurde abgebrochen.', {
      cause: error,
    });
  }
  return new LoadError(
    'download',
    `fetching ${url}: ${describeError(error)}`,
    `Das CMS ist nicht erreichbar oder hat die Übertragung abgebrochen (${url}).`,
    { cause: error },
  );
}

function statusError(url: string, status: number): LoadError {
  const userMessage =
    status === 401 || status === 403
      ? `Das CMS hat den Export abgelehnt (HTTP ${status}): Das API-Token für die Kennzahlen fehlt oder ist ungültig.`
      : `Das CMS hat den Export mit einem Fehler beantwortet (HTTP ${status}).`;
  return new LoadError('download', `GET ${url} answered HTTP ${status}`, userMessage);
}

/**
 * Streams the CMS export to `destPath` (never whole in memory) and checks its framing on the way.
 */
export async function downloadExport(options: {
  url: string;
  token: string;
  destPath: string;
  fetchImpl: FetchLike;
  timeoutMs: number;
}): Promise<ExportFile> {
  const { url, token, destPath, fetchImpl, timeoutMs } = options;
  const scanner = new FramingScanner();
  try {
    const response = await fetchImpl(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/x-ndjson' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw statusError(url, response.status);
    }
    if (!response.body) throw new LoadError('download', `GET ${url} returned no body`, 'Das CMS hat einen leeren Export geliefert.');
    await pipeline(
      Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
      scanner.transform(),
      createWriteStream(destPath, { flags: 'wx' }),
    );
  } catch (error) {
    throw downloadFailed(url, error);
  }
  return { bytes: scanner.bytes, framing: parseFraming(scanner.finish()) };
}

/** Checks the framing of a local export file (tests, benchmarks) by streaming through it. */
export async function scanExportFile(path: string): Promise<ExportFile> {
  const scanner = new FramingScanner();
  try {
    for await (const chunk of createReadStream(path)) scanner.push(chunk as Buffer);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new LoadError(
      'download',
      `reading ${path}: ${describeError(error)}`,
      missing ? `Die Exportdatei ${path} wurde nicht gefunden.` : `Die Exportdatei ${path} kann nicht gelesen werden.`,
      { cause: error },
    );
  }
  return { bytes: scanner.bytes, framing: parseFraming(scanner.finish()) };
}

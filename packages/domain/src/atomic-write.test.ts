import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.js';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'sub', 'bericht.csv');
    await writeFileAtomic(file, 'alt');
    await writeFileAtomic(file, 'neu', { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe('neu');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['bericht.csv']);
  });

  it('keeps the old file and cleans up when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    // a directory in the target's place makes the rename fail after the temporary file was written
    const target = join(dir, 'ziel');
    await writeFileAtomic(join(target, 'inhalt.txt'), 'bleibt');
    await expect(writeFileAtomic(target, 'neu')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['ziel']);
    expect(readFileSync(join(target, 'inhalt.txt'), 'utf8')).toBe('bleibt');
  });
});

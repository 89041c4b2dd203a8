import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

describe("SQLite's write mode", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scrutineer-sync-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The connection's own settings, as SQLite reports them (synchronous: 2 FULL, 1 NORMAL). */
  const settingsOf = async (file: string, mode?: 'full' | 'normal') => {
    const db = new DataSource(dataSourceOptions(`sqlite:${join(dir, file)}`, mode));
    await db.initialize();
    try {
      const [{ synchronous }] = await db.query('PRAGMA synchronous');
      const [{ journal_mode: journal }] = await db.query('PRAGMA journal_mode');
      return { synchronous, journal };
    } finally {
      await db.destroy();
    }
  };

  it('syncs every commit unless told otherwise, in WAL', async () => {
    expect(await settingsOf('default.sqlite')).toEqual({ synchronous: 2, journal: 'wal' });
    expect(await settingsOf('full.sqlite', 'full')).toEqual({ synchronous: 2, journal: 'wal' });
  });

  it('syncs at checkpoints when SQLITE_SYNCHRONOUS=normal', async () => {
    expect(await settingsOf('normal.sqlite', 'normal')).toEqual({ synchronous: 1, journal: 'wal' });
  });
});

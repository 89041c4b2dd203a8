import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import { gateOf } from '../database/sqlite-gate.js';

/** Below this much free space on the database's disk, SQLite writes are about to fail. */
const LOW_SPACE_BYTES = 1024 * 1024;

/**
 * Whether the database can make writes durable now. PostgreSQL answers for itself (the ping); for the
 * SQLite file: the last write that failed for want of storage, until a write succeeds again (a small
 * write is tried to find out), the space left on its disk, and SQLite's own size limit.
 */
@Injectable()
export class StorageHealth {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async problem(): Promise<string | null> {
    const gate = gateOf(this.dataSource);
    if (!gate) return null;
    const file = String((this.dataSource.options as { database?: string }).database);
    if (file !== ':memory:') {
      const disk = await statfs(dirname(file)).catch(() => null);
      if (disk && disk.bavail * disk.bsize < LOW_SPACE_BYTES) return `the disk holding ${file} has ${Math.floor((disk.bavail * disk.bsize) / 1024)} KB free`;
    }
    const [[{ page_count: pages }], [{ max_page_count: limit }], [{ freelist_count: free }]] = await Promise.all([
      this.dataSource.query('PRAGMA page_count'),
      this.dataSource.query('PRAGMA max_page_count'),
      this.dataSource.query('PRAGMA freelist_count'),
    ]);
    if (pages >= limit && free === 0) return `the database has reached its size limit (${limit} pages)`;
    if (gate.writeProblem) {
      // A write of its own (the header's user version, rewritten unchanged) says whether writes last again.
      try {
        const [{ user_version: version }] = await this.dataSource.query('PRAGMA user_version');
        await this.dataSource.query(`PRAGMA user_version = ${Number(version)}`);
        gate.noteWrite();
      } catch (error) {
        gate.noteFailure(error);
      }
    }
    return gate.writeProblem ? `writes are failing: ${gate.writeProblem}` : null;
  }
}

import type { MigrationInterface } from 'typeorm';
import { Init1796185734625 } from './1796185734625-Init.js';

/** Every postgres migration, oldest first. Written by `npm run migration:generate`. */
export const postgresMigrations: (new () => MigrationInterface)[] = [Init1796185734625];

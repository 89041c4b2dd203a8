import type { MigrationInterface } from 'typeorm';
import { Init1796185734507 } from './1796185734507-Init.js';
import { LinkScrutinyItem1796194598252 } from './1796194598252-LinkScrutinyItem.js';

/** Every sqlite migration, oldest first. Written by `npm run migration:generate`. */
export const sqliteMigrations: (new () => MigrationInterface)[] = [Init1796185734507, LinkScrutinyItem1796194598252];

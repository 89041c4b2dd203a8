import type { MigrationInterface } from 'typeorm';
import { Init1796185734625 } from './1796185734625-Init.js';
import { LinkScrutinyItem1796194599225 } from './1796194599225-LinkScrutinyItem.js';

/** Every postgres migration, oldest first. Written by `npm run migration:generate`. */
export const postgresMigrations: (new () => MigrationInterface)[] = [Init1796185734625, LinkScrutinyItem1796194599225];

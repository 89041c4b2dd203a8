import type { MigrationInterface } from 'typeorm';
import { Init1796195953485 } from './1796195953485-Init.js';
import { ConversationWithAuthorities1796212293542 } from './1796212293542-ConversationWithAuthorities.js';
import { SignInToPages1796220019646 } from './1796220019646-SignInToPages.js';

/** Every sqlite migration, oldest first. Written by `npm run migration:generate`. */
export const sqliteMigrations: (new () => MigrationInterface)[] = [Init1796195953485, ConversationWithAuthorities1796212293542, SignInToPages1796220019646];

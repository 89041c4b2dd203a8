// A bare NestJS app in a process of its own, for bench/work-plan-read.js: one route that answers the
// body it was given (the file named by BARE_BODY_FILE), and nothing else. Prints its port.
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';

const body = readFileSync(process.env.BARE_BODY_FILE, 'utf8');
class BareController {
  answer() {
    return body;
  }
}
Controller('bare')(BareController);
Get()(BareController.prototype, 'answer', Object.getOwnPropertyDescriptor(BareController.prototype, 'answer'));
class BareModule {}
Module({ controllers: [BareController] })(BareModule);

const app = await NestFactory.create(BareModule, { logger: ['error'] });
await app.listen(0, '127.0.0.1');
console.log(app.getHttpServer().address().port);

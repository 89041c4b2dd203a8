import request from 'supertest';
import type { App } from 'supertest/types.js';

/**
 * The one way the e2e suite calls the API: as someone (a bearer token), or as nobody (the public).
 * Each call is a supertest request, so `.status`, `.body`, `.set()` and `.buffer()` work as usual.
 */
export interface Api {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

/** The header that carries a bearer token. */
export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

export function apiAs(server: App, token?: string): Api {
  const as = (test: request.Test) => (token ? test.set(auth(token)) : test);
  return {
    get: (path) => as(request(server).get(path)),
    // Without a body, the request is left for the caller to send (a text upload, say).
    post: (path, body) => (body === undefined ? as(request(server).post(path)) : as(request(server).post(path)).send(body)),
    put: (path, body) => (body === undefined ? as(request(server).put(path)) : as(request(server).put(path)).send(body)),
    patch: (path, body) => (body === undefined ? as(request(server).patch(path)) : as(request(server).patch(path)).send(body)),
    delete: (path) => as(request(server).delete(path)),
  };
}

import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';

const ERRORS = {
  400: 'Invalid input: the message lists every bad field',
  401: 'No bearer token, or not a valid one',
  403: "The token's role may not use this route",
  404: 'Unknown id, or an id of another council',
  409: 'The current state forbids this change',
  413: 'Body larger than 1 MB',
  429: 'Too many failed authentication attempts from this address',
} as const;

const errorSchema = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  },
};

/** Documents a route's error responses; every authenticated route has 401, 403 and 429. */
export function ApiErrors(...codes: (keyof typeof ERRORS)[]) {
  const all = [...new Set([401, 403, 429, ...codes])] as (keyof typeof ERRORS)[];
  return applyDecorators(
    ApiBearerAuth(),
    ...all.map((status) => ApiResponse({ status, description: ERRORS[status], schema: errorSchema })),
  );
}

import { describe, expect, it } from '@jest/globals';
import { jpeg, png } from '../../test/support/images.js';
import { LOGO_MAX_BYTES, logoPath, readLogo, scaledTo } from './logo.rules.js';

describe('a council logo', () => {
  it('is read from its own bytes: a PNG or a JPEG (baseline or progressive), with its size', () => {
    expect(readLogo(png(320, 80)).image).toEqual({ mediaType: 'image/png', width: 320, height: 80 });
    expect(readLogo(jpeg(600, 150)).image).toEqual({ mediaType: 'image/jpeg', width: 600, height: 150 });
    expect(readLogo(jpeg(300, 100, 0xc2)).image).toEqual({ mediaType: 'image/jpeg', width: 300, height: 100 });
  });

  it('is refused, in words naming the field, when it is not a PNG or JPEG, is empty, too big or of no size', () => {
    expect(readLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')).problems).toEqual(['logo must be a PNG or JPEG image']);
    expect(readLogo(Buffer.alloc(0)).problems).toEqual(['logo is empty: choose a PNG or JPEG image']);
    expect(readLogo(Buffer.concat([png(10, 10), Buffer.alloc(LOGO_MAX_BYTES)])).problems).toEqual([expect.stringMatching(/^logo is 2\d\d KB: it must be 200 KB or smaller$/)]);
    expect(readLogo(png(5000, 10)).problems).toEqual(['logo is 5000 by 10 pixels: it must be between 1 and 4,000 each way']);
    // A JPEG's start with no frame in it is no image.
    expect(readLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xd9, 0, 0])).problems).toEqual(['logo must be a PNG or JPEG image']);
  });

  it('is served at an address that changes with it, and scaled to a height keeping its shape', () => {
    expect(logoPath('st-albans', 'abcdef0123456789ffff')).toBe('/branding/st-albans/logo?v=abcdef0123456789');
    expect(scaledTo({ width: 600, height: 150 }, 60)).toEqual({ width: 240, height: 60 });
    // Never enlarged.
    expect(scaledTo({ width: 40, height: 20 }, 60)).toEqual({ width: 40, height: 20 });
  });
});

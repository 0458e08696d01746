/**
 * Writes a RAR 5 archive with its files stored (not compressed), after RARLAB's published format
 * (rarlab.com/technote.htm). No free tool makes .rar files and RAR's packer is not open, so the
 * tests make their .rar inputs with this; the unpacking they test is 7-Zip's, as it is for a real one.
 * A test reads its archives with libarchive's bsdtar too, so the writer is not checked only by the reader it feeds.
 */
import * as zlib from 'zlib';

const SIGNATURE = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]);
const HEADER_MAIN = 1;
const HEADER_FILE = 2;
const HEADER_END = 5;
const HAS_DATA_AREA = 0x0002;
const FILE_HAS_CRC32 = 0x0004;
const HOST_UNIX = 1;

/** RAR's variable-length integer: 7 bits a byte, lowest first, high bit = more follow. */
function vint(n: number): Buffer {
  const bytes: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    bytes.push(b);
  } while (n > 0);
  return Buffer.from(bytes);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** CRC32 of the header size and the header, then the size, then the header. */
function header(fields: Buffer[]): Buffer {
  const body = Buffer.concat(fields);
  const sized = Buffer.concat([vint(body.length), body]);
  return Buffer.concat([uint32(zlib.crc32(sized)), sized]);
}

/** A .rar holding `files` (path with '/' → content), stored. */
export function rar5(files: Record<string, Buffer | string>): Buffer {
  const parts = [SIGNATURE, header([vint(HEADER_MAIN), vint(0), vint(0)])];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const utf8Name = Buffer.from(name, 'utf8');
    parts.push(
      header([
        vint(HEADER_FILE),
        vint(HAS_DATA_AREA),
        vint(data.length),
        vint(FILE_HAS_CRC32),
        vint(data.length),
        vint(0o644), // Unix mode
        uint32(zlib.crc32(data)),
        vint(0), // compression: version 0, not solid, method 0 = store
        vint(HOST_UNIX),
        vint(utf8Name.length),
        utf8Name,
      ]),
      data,
    );
  }
  parts.push(header([vint(HEADER_END), vint(0), vint(0)]));
  return Buffer.concat(parts);
}

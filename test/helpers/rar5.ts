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

/** One file's header and the piece of its data a volume holds. */
function fileBlock(name: string, whole: Buffer, piece: Buffer, flags: number, crc: number): Buffer[] {
  const utf8Name = Buffer.from(name, 'utf8');
  return [
    header([
      vint(HEADER_FILE),
      vint(HAS_DATA_AREA | flags),
      vint(piece.length),
      vint(FILE_HAS_CRC32),
      vint(whole.length),
      vint(0o644), // Unix mode
      uint32(crc),
      vint(0), // compression: version 0, not solid, method 0 = store
      vint(HOST_UNIX),
      vint(utf8Name.length),
      utf8Name,
    ]),
    piece,
  ];
}

const contentOf = (content: Buffer | string) => (Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));

/** A .rar holding `files` (path with '/' → content), stored. */
export function rar5(files: Record<string, Buffer | string>): Buffer {
  return rar5Volumes(files, Infinity)[0];
}

const ARCHIVE_IS_VOLUME = 0x0001;
const VOLUME_NUMBER_PRESENT = 0x0002;
const DATA_FROM_PREVIOUS = 0x0008;
const DATA_TO_NEXT = 0x0010;
const NOT_LAST_VOLUME = 0x0001;

/**
 * The same split in volumes (x.part1.rar, x.part2.rar …) holding at most `dataPerVolume` bytes of
 * file data each, as WinRAR's “分卷” makes them. A file's piece carries the CRC32 of that piece, the
 * last piece that of the whole file (7-Zip checks the last against the whole file's data).
 */
export function rar5Volumes(files: Record<string, Buffer | string>, dataPerVolume: number): Buffer[] {
  const split = Number.isFinite(dataPerVolume);
  const volumes: Buffer[][] = [];
  let room = 0;
  const open = () => {
    const n = volumes.length;
    const flags = split ? ARCHIVE_IS_VOLUME | (n ? VOLUME_NUMBER_PRESENT : 0) : 0;
    volumes.push([SIGNATURE, header([vint(HEADER_MAIN), vint(0), vint(flags), ...(n ? [vint(n)] : [])])]);
    room = dataPerVolume;
  };
  open();
  for (const [name, content] of Object.entries(files)) {
    const data = contentOf(content);
    let at = 0;
    do {
      if (room <= 0) open();
      const piece = data.subarray(at, at + room);
      const last = at + piece.length >= data.length;
      const flags = (at > 0 ? DATA_FROM_PREVIOUS : 0) | (last ? 0 : DATA_TO_NEXT);
      volumes[volumes.length - 1].push(...fileBlock(name, data, piece, flags, zlib.crc32(last ? data : piece)));
      at += piece.length;
      room -= piece.length;
    } while (at < data.length);
  }
  return volumes.map((parts, i) => Buffer.concat([...parts, header([vint(HEADER_END), vint(0), vint(i < volumes.length - 1 ? NOT_LAST_VOLUME : 0)])]));
}

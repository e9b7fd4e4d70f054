#!/usr/bin/env python3
"""Writes the damaged archives of this folder (run it here; the files are committed).

Each file is one way a download or a disk damages an archive; corpus.json says what
archive-extract must answer for it. Deterministic: fixed times, fixed pseudo-random data.
"""
import gzip
import io
import json
import random
import struct
import tarfile
import zipfile
import zlib

MTIME = 1767225600  # 2026-01-01

def payload(size, seed):
    # Incompressible, so a cut in the compressed file lands inside this entry's data.
    return random.Random(seed).randbytes(size)

def tar_bytes(entries, end_blocks=True):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data, kind, link in entries:
            info = tarfile.TarInfo(name)
            info.mtime = MTIME
            if kind == "dir":
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            elif kind == "hardlink":
                info.type = tarfile.LNKTYPE
                info.linkname = link
                tar.addfile(info)
            else:
                info.size = len(data)
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
    data = out.getvalue()
    if not end_blocks:
        # tarfile pads to a 10 KiB record after the two zero blocks: cut at the last header's data.
        data = data.rstrip(b"\0")
        data += b"\0" * ((512 - len(data) % 512) % 512)
    return data

def gz(data):
    return gzip.compress(data, mtime=MTIME)

RELEASE = [
    ("release", b"", "dir", ""),
    ("release/README.txt", b"A release archive.\n", "file", ""),
    ("release/lib/core.jar", payload(256 * 1024, 1), "file", ""),
    ("release/lib/tools.jar", payload(64 * 1024, 2), "file", ""),
]

def write(name, data):
    with open(name, "wb") as f:
        f.write(data)

def main():
    good = gz(tar_bytes(RELEASE))
    # gzip trailer: CRC-32 then the length, both little-endian, in the last 8 bytes.
    crc, size = struct.unpack("<II", good[-8:])
    write("gzip-crc-mismatch.tar.gz", good[:-8] + struct.pack("<II", crc ^ 0x5A5A5A5A, size))
    write("gzip-length-mismatch.tar.gz", good[:-8] + struct.pack("<II", crc, size + 512))
    write("gzip-no-trailer.tar.gz", good[:-8])
    write("gzip-truncated.tar.gz", good[: len(good) // 2])
    write("gzip-trailing-garbage.tar.gz", good + b"<html>Gateway Timeout</html>\n")
    write("tar-without-end-blocks.tar.gz", gz(tar_bytes(RELEASE, end_blocks=False)))
    plain = tar_bytes(RELEASE)
    write("tar-truncated.tar", plain[: 512 * 3 + 100 * 1024])
    write("tar-hardlink-to-missing.tar.gz", gz(tar_bytes([
        ("release", b"", "dir", ""),
        ("release/a.txt", b"a\n", "file", ""),
        ("release/passwd", b"", "hardlink", "release/not-in-the-archive"),
    ])))

    def zip_with(entries, method):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression=method) as z:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = method
                info.external_attr = 0o100644 << 16
                info.create_system = 3
                z.writestr(info, data)
        return bytearray(out.getvalue())

    files = [("release/README.txt", b"A release archive.\n"), ("release/lib/core.jar", payload(4096, 3))]
    # Stored: change the CRC-32 of core.jar in its local header and in the central directory.
    stored = zip_with(files, zipfile.ZIP_STORED)
    right = struct.pack("<I", zlib.crc32(files[1][1]))
    wrong = struct.pack("<I", zlib.crc32(files[1][1]) ^ 0x01010101)
    assert stored.count(right) == 2
    write("zip-crc-mismatch.zip", bytes(stored).replace(right, wrong))
    # Stored: one byte of core.jar's data changed (the CRC-32 stays that of the original).
    damaged = bytearray(stored)
    at = bytes(damaged).index(files[1][1][:64]) + 2000
    damaged[at] ^= 0xFF
    write("zip-data-damaged.zip", bytes(damaged))
    # Deflated: the central directory gives core.jar a smaller size than its data has.
    deflated = zip_with(files, zipfile.ZIP_DEFLATED)
    central = bytes(deflated).rindex(b"PK\x01\x02")
    sizes = struct.unpack_from("<II", deflated, central + 20)
    struct.pack_into("<I", deflated, central + 24, sizes[1] - 100)
    local = bytes(deflated).rindex(b"PK\x03\x04", 0, central)
    struct.pack_into("<I", deflated, local + 22, sizes[1] - 100)
    write("zip-size-mismatch.zip", bytes(deflated))
    write("zip-backslash-traversal.zip",
          bytes(zip_with([("..\\..\\escaped-win.txt", b"escaped\n")], zipfile.ZIP_STORED)))

if __name__ == "__main__":
    main()

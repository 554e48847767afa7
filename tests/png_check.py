"""Checks that a PNG is a picture of the expected size that is not one flat colour: the signature, the
IHDR's width and height, and the pixels decoded (stdlib zlib, every PNG filter undone) with more than
one colour among them. Used by the browser tests on Chromium's screenshots.

Usage: png_check.py FILE WIDTH HEIGHT
"""

import struct
import sys
import zlib


def paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def main() -> int:
    path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        print(f"{path}: not a PNG")
        return 1
    at, idat, header = 8, b"", None
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    if header is None:
        print(f"{path}: no IHDR")
        return 1
    w, h, depth, colour, _, _, interlace = header
    if (w, h) != (width, height):
        print(f"{path}: {w}x{h}, not {width}x{height}")
        return 1
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        print(f"{path}: depth {depth}, colour type {colour}, interlace {interlace}: not read here")
        return 1
    raw = zlib.decompress(idat)
    stride = w * channels
    previous = bytearray(stride)
    colours = set()
    for y in range(h):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            add = (0, left, up, (left + up) // 2, paeth(left, up, up_left))[kind]
            row[i] = (row[i] + add) & 0xFF
        for x in range(0, stride, channels * 7):  # every 7th pixel is plenty to tell
            colours.add(bytes(row[x : x + channels]))
        previous = row
    if len(colours) < 2:
        print(f"{path}: one flat colour")
        return 1
    print(f"{path}: {w}x{h}, {len(colours)} colours sampled")
    return 0


if __name__ == "__main__":
    sys.exit(main())

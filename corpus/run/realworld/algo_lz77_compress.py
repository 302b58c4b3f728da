# features: [algorithms, bytes, realworld]
# stages: [run]
# pyflate-like bit twiddling: an LZ77 compressor with a bit writer/reader and a run-length codec.
class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, value, bits):
        for i in range(bits - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                self.acc = self.n = 0

    def getvalue(self):
        if self.n:
            return bytes(self.out) + bytes([self.acc << (8 - self.n)])
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, bits):
        v = 0
        for _ in range(bits):
            byte = self.data[self.pos >> 3]
            v = (v << 1) | ((byte >> (7 - (self.pos & 7))) & 1)
            self.pos += 1
        return v


WINDOW, MAXLEN = 255, 15


def compress(data):
    w = BitWriter()
    i = 0
    tokens = 0
    while i < len(data):
        best_len = best_off = 0
        for j in range(max(0, i - WINDOW), i):
            k = 0
            while k < MAXLEN and i + k < len(data) and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            w.write(1, 1)
            w.write(best_off, 8)
            w.write(best_len, 4)
            i += best_len
        else:
            w.write(0, 1)
            w.write(data[i], 8)
            i += 1
        tokens += 1
    return w.getvalue(), tokens


def decompress(blob, tokens):
    r = BitReader(blob)
    out = bytearray()
    for _ in range(tokens):
        if r.read(1):
            off, ln = r.read(8), r.read(4)
            for _ in range(ln):
                out.append(out[-off])
        else:
            out.append(r.read(8))
    return bytes(out)


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


text = (b"TOBEORNOTTOBEORTOBEORNOT#" * 6) + bytes(range(20)) + b"aaaaaaaaaabbbbbbbbbbbb" * 3
blob, ntok = compress(text)
print(len(text), len(blob), ntok, blob[:12].hex(), round(len(blob) / len(text), 3))
assert decompress(blob, ntok) == text
print(decompress(blob, ntok)[:30], rle(b"aaabccccd"), len(rle(text)))
print(int.from_bytes(blob[:4], "big"), bin(blob[0]), blob[0] >> 3, (blob[1] & 0x0F) << 2, ~blob[2] & 0xFF)

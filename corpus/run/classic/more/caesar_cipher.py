# features: [classic]
# stages: [run]
def shift(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord('A') if c.isupper() else ord('a')
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)
enc = shift('Hello, World!', 3)
print(enc, shift(enc, -3))

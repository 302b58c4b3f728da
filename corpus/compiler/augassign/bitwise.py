# features: [augassign]
# stages: [tokens, ast, dis]
x = 0xff
x &= 0x0f
x |= 0x30
x ^= 1
x <<= 2
x >>= 1

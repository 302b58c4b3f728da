# features: [builtins, bin_oct_hex]
# stages: [run]
for v in [0, 1, -1, 255, -255, 2 ** 70, True]:
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self): return 42
print(bin(I()), hex(I()), oct(I()), [10, 20, 30, 40][I() - 40] if False else [10, 20, 30][I.__index__(I()) - 41])
try:
    hex(1.5)
except TypeError as e:
    print(e)

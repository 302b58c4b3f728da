# features: [int, int-max-str-digits]
# stages: [run]
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError:', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError:', e)
print(int('1' * 4300) % 1000)
print(hex(10 ** 5000)[:20], len(bin(2 ** 20000)))
x = 7 ** 3000
print(x % 10 ** 9, x.bit_length())
try:
    print(repr(10 ** 5000))
except ValueError as e:
    print('repr', e)
try:
    f'{10 ** 5000}'
except ValueError as e:
    print('fmt', e)

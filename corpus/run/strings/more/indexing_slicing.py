# features: [str]
# stages: [run]
s = 'abcdefghij'
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[8:2:-2], s[100:], s[-100:3], s[5:5])
s2 = 'añb😀c'
print(s2[3], len(s2), s2[::-1], s2[1:4], s2.index('😀'))
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = 'x'
except TypeError as e:
    print(e)

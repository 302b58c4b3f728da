# features: [list, list-slicing]
# stages: [run]
a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2], a[1:9:3])
b = a[:]
b[2:5] = ['x']; print(b)
b[::2] = 'ABCDE'[:len(b[::2])]; print(b)
del b[::3]; print(b)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
try:
    a[::0]
except ValueError as e:
    print(e)

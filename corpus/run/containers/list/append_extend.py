# features: [list, list-append_extend]
# stages: [run]
a = [1]
a.append(2); a.extend([3, 4]); a.extend('ab'); a.extend(range(2)); a += (9,)
print(a, len(a))
try:
    a.extend(5)
except TypeError as e:
    print(e)
a[len(a):] = [7]; print(a)

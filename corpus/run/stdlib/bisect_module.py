# features: [import, stdlib-bisect]
# stages: [run]
# flags: [needs-stdlib]
import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
print(a, bisect.bisect_left(a, 10, key=None))

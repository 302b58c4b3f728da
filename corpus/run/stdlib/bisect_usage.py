# features: [bisect, stdlib]
# stages: [run]
# flags: [needs-stdlib]
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = []
for x in [5, 2, 8, 2, 9, 1]:
    bisect.insort(a, x)
print(a, bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 100), bisect.bisect_left(a, 0))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort_left(recs, ('x', 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect.__name__, bisect.insort is bisect.insort_right)

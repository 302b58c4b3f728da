# features: [list, list-remove_index_count]
# stages: [run]
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(5), a.index(5, 5), a.index(1, 2, 4), a.count(5), a.count(7))
a.remove(1); print(a)
for bad in [lambda: a.remove(42), lambda: a.index(42), lambda: a.index(3, 1, 5)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

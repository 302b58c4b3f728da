# features: [list, list-insert_pop]
# stages: [run]
a = list(range(5))
a.insert(0, 'x'); a.insert(100, 'end'); a.insert(-1, 'm'); a.insert(-100, 'first')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: a.pop('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

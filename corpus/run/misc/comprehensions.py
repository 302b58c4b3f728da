# features: [comprehensions, nested-comprehensions, scoping]
# stages: [run]
print([x for x in range(10) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(5)}, {c for c in "mississippi"}, [c * 2 for c in "ab"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [[r[i] for r in matrix] for i in range(3)], sum(sum(r) for r in matrix))
print([y for x in matrix for y in x if y > 4], list(x for x in "abc"), dict((k, len(k)) for k in ["a", "bb"]))
x = "outer"
print([x for x in range(3)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([i if i % 2 else -i for i in range(6)], [[j for j in range(i)] for i in range(4)])
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))

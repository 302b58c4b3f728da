# features: [classic, nested-lists, comprehensions]
# stages: [run]
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), transpose(A), identity(3))
print(matmul(identity(2), [[2.5, 1], [0, -1]]))
M = [[2, 1], [1, 3]]
P = identity(2)
for _ in range(5):
    P = matmul(P, M)
print(P)
for row in matmul(B, A):
    print(" ".join(f"{v:4d}" for v in row))

# features: [floats, lists, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Linear algebra in pure Python: Gaussian elimination, determinant, inverse, power iteration.
from fractions import Fraction


def gauss_solve(a, b):
    n = len(a)
    m = [row[:] + [bi] for row, bi in zip(a, b)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[piv][col] == 0:
            raise ValueError("matrix is singular")
        m[col], m[piv] = m[piv], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def det(a):
    if len(a) == 1:
        return a[0][0]
    return sum((-1) ** j * a[0][j] * det([row[:j] + row[j + 1:] for row in a[1:]]) for j in range(len(a)))


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def inverse(a):
    n = len(a)
    cols = []
    for i in range(n):
        e = [Fraction(int(i == j)) for j in range(n)]
        cols.append(gauss_solve([[Fraction(v) for v in row] for row in a], e))
    return [list(r) for r in zip(*cols)]


A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
print(gauss_solve(A, b), gauss_solve([[Fraction(v) for v in r] for r in A], [Fraction(v) for v in b]))
print(det(A), det([[1, 2], [3, 4]]), det([[6, 1, 1, 3], [4, -2, 5, 1], [2, 8, 7, 6], [3, 1, 9, 7]]))
inv = inverse(A)
print(inv, matmul(A, inv))
M = [[4.0, 1.0], [2.0, 3.0]]
v = [1.0, 1.0]
for _ in range(50):
    w = [sum(M[i][j] * v[j] for j in range(2)) for i in range(2)]
    norm = max(abs(x) for x in w)
    v = [x / norm for x in w]
print("dominant eigenvalue ~", round(norm, 10), [round(x, 10) for x in v])
T = list(zip(*A))
print(T, [list(r) for r in zip(*T)] == A)
try:
    gauss_solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("ValueError:", e)

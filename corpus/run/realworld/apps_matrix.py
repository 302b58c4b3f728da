# features: [realworld, classes, operator-overloading]
# stages: [run]
from fractions import Fraction

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij; return self.rows[i][j]
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        if self.shape != o.shape: raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        if isinstance(k, Matrix): return self @ k
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]: raise ValueError("cannot multiply")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        for _ in range(n): r = r @ self
        return r
    def T(self): return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n = self.shape[0]
        m = [[Fraction(x) for x in r] for r in self.rows]; d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c] != 0), None)
            if p is None: return Fraction(0)
            if p != c: m[c], m[p] = m[p], m[c]; d = -d
            d *= m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return d
    def inverse(self):
        n = self.shape[0]
        m = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c] != 0), None)
            if p is None: raise ZeroDivisionError("matrix is singular")
            m[c], m[p] = m[p], m[c]
            piv = m[c][c]; m[c] = [x / piv for x in m[c]]
            for r in range(n):
                if r != c:
                    f = m[r][c]; m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return Matrix([r[n:] for r in m])
    def __repr__(self): return f"Matrix({self.rows})"
    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

A = Matrix([[2, 1], [1, 3]]); B = Matrix([[1, 2], [3, 4]])
print(A + B); print(A @ B); print(2 * A); print(A ** 3); print(B.T())
print(A.det(), B.det(), Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).det())
print(A.inverse()); print(A @ A.inverse() == Matrix.identity(2))
print(repr(Matrix.identity(3)), A[0, 1], A.shape)
for bad in [lambda: Matrix([[1, 2], [3]]), lambda: A + Matrix([[1]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: A @ Matrix([[1, 2, 3]])]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(22, 7).limit_denominator(5), repr(Fraction(-6, 4)))

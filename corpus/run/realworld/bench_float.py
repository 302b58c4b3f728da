# features: [benchmark, floats, classes, realworld]
# stages: [run]
# pyperformance "float": points normalized and maximized.
from math import sin, cos, sqrt


class Point(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


print(benchmark(20000))
p = Point(1)
try:
    p.w = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__slots__, hasattr(p, "__dict__"))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), 1e16, 1e-5, 0.1 + 0.2, float("nan"), -float("inf"))
print(f"{1234567.891:,.2f} {0.000123:e} {12.5:08.3f} {3.0:g} {1e100:g} {2**0.5:.15g}")
print((0.1).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.8p1"), (7.0).is_integer())

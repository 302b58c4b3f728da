# features: [benchmark, floats, classes, realworld]
# stages: [run]
# A small ray tracer (spheres, a plane, diffuse + shadows) rendered to ASCII with a checksum.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        m = math.sqrt(self.dot(self))
        return Vec(self.x / m, self.y / m, self.z / m)

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Sphere:
    def __init__(self, c, r):
        self.c, self.r = c, r

    def hit(self, o, d):
        oc = o - self.c
        b = oc.dot(d)
        disc = b * b - (oc.dot(oc) - self.r * self.r)
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.c).norm()


class Plane:
    def __init__(self, y):
        self.y = y

    def hit(self, o, d):
        if abs(d.y) < 1e-9:
            return None
        t = (self.y - o.y) / d.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0, 1, 0)


scene = [Sphere(Vec(0, 0, 5), 1.0), Sphere(Vec(1.5, -0.5, 4), 0.5), Plane(-1.0)]
light = Vec(-3, 4, 0)


def trace(o, d):
    best, obj = None, None
    for s in scene:
        t = s.hit(o, d)
        if t is not None and (best is None or t < best):
            best, obj = t, s
    if obj is None:
        return 0.0
    p = o + d * best
    n = obj.normal(p)
    l = (light - p).norm()
    for s in scene:
        if s is not obj and s.hit(p, l) is not None:
            return 0.1
    return 0.1 + 0.9 * max(0.0, n.dot(l))


W, H = 48, 20
shades = " .:-=+*#%@"
total = 0.0
rows = []
for j in range(H):
    row = []
    for i in range(W):
        d = Vec((i - W / 2) / W * 1.6, (H / 2 - j) / H * 1.0, 1).norm()
        v = trace(Vec(0, 0, 0), d)
        total += v
        row.append(shades[min(int(v * len(shades)), len(shades) - 1)])
    rows.append("".join(row).rstrip())
print("\n".join(rows))
print("checksum %.6f" % total, Vec(1, 2, 3).norm())

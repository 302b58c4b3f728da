# features: [match, structural-pattern-matching, class-patterns, guards]
# stages: [run]
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case [Point() as p, *rest]:
            return f"list starting with point ({p.x},{p.y}) + {len(rest)}"
        case {"type": "circle", "r": r, **others}:
            return f"circle r={r} extra={sorted(others)}"
        case (int() | float()) as num if num > 100:
            return "big number"
        case str(s) if s.startswith("cmd:"):
            return "command " + s[4:]
        case [1, 2, *_]:
            return "starts 1,2"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case None:
            return "none"
        case _:
            return "unknown"
tests = [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), [Point(1, 2), 3, 4],
         {"type": "circle", "r": 2, "color": "red"}, 150, 150.5, 5, "cmd:run", "other", [1, 2, 3], (7, 8, 9), "xyz", None]
for t in tests:
    print(describe(t))
def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
    return "other"
print([http(s) for s in (200, 201, 404, 503, 302)])
match {"a": 1, "b": [1, 2]}:
    case {"b": [_, second]}:
        print("second", second)

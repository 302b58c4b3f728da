# features: [control-flow]
# stages: [run]
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=y): return f'on y at {y}'
        case Point(x, 0): return f'on x at {x}'
        case {'x': x, 'y': y, **rest}: return f'dict {x},{y} {rest}'
        case {'kind': 'circle'}: return 'circle'
        case Point(): return 'somewhere'
        case _: return '?'
print([where(v) for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), {'x': 1, 'y': 2, 'z': 3}, {'kind': 'circle', 'r': 1}, 5]])

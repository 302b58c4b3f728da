# features: [tracebacks, attribute-error]
# stages: [run]
class Point:
    def __init__(self, x):
        self.x = x

def norm(p):
    return p.x + p.y

norm(Point(1))

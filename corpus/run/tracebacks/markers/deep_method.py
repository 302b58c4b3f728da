# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def last(self):
        return self.nxt.last() if self.nxt else self.boom()
Node(Node(Node(None))).last()

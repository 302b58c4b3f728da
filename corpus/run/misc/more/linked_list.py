# features: [misc]
# stages: [run]
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def __repr__(self): return ' -> '.join(map(str, self))
def rev(n):
    prev = None
    while n: n.nxt, prev, n = prev, n, n.nxt
    return prev
lst = Node(1, Node(2, Node(3, Node(4))))
print(lst, len(list(lst)), rev(lst))

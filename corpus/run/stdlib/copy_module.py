# features: [import, stdlib-copy]
# stages: [run]
# flags: [needs-stdlib]
import copy
class Node:
    def __init__(self, v, kids): self.v, self.kids = v, kids
a = Node(1, [Node(2, [])])
b = copy.deepcopy(a)
c = copy.copy(a)
print(b.kids[0].v, b.kids is a.kids, c.kids is a.kids, copy.deepcopy({"k": [1, (2, 3)]}))

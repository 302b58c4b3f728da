# features: [tracebacks, attribute-carets]
# stages: [run]
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
    def last(self):
        node = self
        while node.next.next is not None:
            node = node.next
        return node
chain = Node(Node(Node()))
print(type(chain.last()).__name__)
Node().last()

# features: [algorithms, heapq, collections, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Huffman coding: build the tree with heapq, encode/decode, and print the code table.
import heapq
from collections import Counter, namedtuple

Leaf = namedtuple("Leaf", "char")
Node = namedtuple("Node", "left right")


def build(text):
    freq = Counter(text)
    heap = [(n, i, Leaf(c)) for i, (c, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    count = len(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, count, Node(a, b)))
        count += 1
    return heap[0][2], freq


def codes(tree, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(tree, Leaf):
        table[tree.char] = prefix or "0"
    else:
        codes(tree.left, prefix + "0", table)
        codes(tree.right, prefix + "1", table)
    return table


def decode(tree, bits):
    out, node = [], tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.char)
            node = tree
    return "".join(out)


text = "this is an example of a huffman tree built from a short english sentence"
tree, freq = build(text)
table = codes(tree)
print("%-6s %-5s %s" % ("char", "freq", "code"))
for ch, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])):
    print("%-6r %-5d %s" % (ch, freq[ch], code))
bits = "".join(table[c] for c in text)
print(len(bits), len(text) * 8, round(len(bits) / (len(text) * 8), 3))
assert decode(tree, bits) == text
print(decode(tree, bits[:40]))
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print(packed.hex()[:40], len(packed))
print(Leaf("x"), Node(Leaf("a"), Leaf("b"))._asdict(), Leaf._fields, Leaf("q")._replace(char="r"))

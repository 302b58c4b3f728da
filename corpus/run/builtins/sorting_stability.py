# features: [sorting, stability, key-functions]
# stages: [run]
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
nums = [5, -3, 2, -8, 7, 0, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: x * x, reverse=True))
import_list = list(range(20, 0, -1))
import_list.sort(key=lambda x: x % 5)
print(import_list)
print(sorted(["b10", "a2", "a10", "b1"]), sorted([3.5, 1, 2.25, -1]), sorted([[2, 1], [1, 2], [1, 1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), min(K(5), K(4)))

# features: [set, set-repr_misc]
# stages: [run]
print(set(), frozenset(), {1}, repr({'a'}), set([3, 2, 1]) == {1, 2, 3}, {1, 2} == frozenset([1, 2]))
class S(set): pass
print(S([1, 2]), frozenset({1}) in {frozenset({1}): 0}, hash(frozenset()) == hash(frozenset([])))
s = {1}; s.add(s.copy().pop()); print(s, len({i % 4 for i in range(100)}))

# features: [builtins, sorted_reversed]
# stages: [run]
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed('abc')))
class RV:
    def __reversed__(self): return iter('rev')
print(list(reversed(RV())))
try:
    reversed({1: 2}.keys()) and reversed(5)
except TypeError as e:
    print(e)

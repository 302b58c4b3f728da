# features: [set, set-order_strs]
# stages: [run]
print(set(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig']))
w = set('the quick brown fox jumps over the lazy dog'.split()); print(w)
print(set('mississippi'), frozenset('abcdef'), set(['', 'a', 'aa', 'é', '😀']))
w.remove('fox'); w.add('cat'); print(w, sorted(w))

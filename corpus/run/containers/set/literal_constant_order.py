# features: [set, set-order, constant-folding]
# stages: [run]
# A set display of constants is folded into a frozenset constant by the compiler; its iteration order
# depends on how that frozenset was built (from source: the compiler's tuple; from a .pyc: marshal's
# re-insertion), so `python3 X.py` and `python3 X.pyc` print different orders here.
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'})
print({0.1, 0.2, 0.30000000000000004, 1e-9, 123.456, -7.5})
for w in {'one', 'two', 'three', 'four', 'five', 'six', 'seven'}:
    print(w, end=' ')
print()

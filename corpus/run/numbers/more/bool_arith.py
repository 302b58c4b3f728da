# features: [numbers]
# stages: [run]
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True, abs(False))
print(repr(True & True), repr(1 & True), type(True + 0).__name__, True == 1, hash(True), str(True), int(False), f'{True}', f'{True:d}', '%s %d' % (True, True))
print(sum([True, True, False]), max(False, True), sorted([True, False, 0, 1]), isinstance(True, int), bool.__bases__)

# features: [builtins, int]
# stages: [run]
class WithInt:
    def __int__(self): return 5
class WithIndex:
    def __index__(self): return 6
class WithTrunc:
    def __trunc__(self): return 7
for v in [WithInt(), WithIndex(), 3.7, -3.7, '  12  ', '0b11', True, 2**100 + 0.0]:
    try:
        print(type(v).__name__, int(v))
    except Exception as e:
        print(type(v).__name__, type(e).__name__, e)
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), complex())

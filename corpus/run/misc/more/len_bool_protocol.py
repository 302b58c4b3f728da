# features: [misc]
# stages: [run]
class Z:
    def __len__(self): return 0
class N:
    def __len__(self): return -1
class Big:
    def __len__(self): return 2 ** 70
print(len(Z()), bool(Z()), 'truthy' if Z() else 'falsy')
for cls in (N, Big):
    try:
        len(cls())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

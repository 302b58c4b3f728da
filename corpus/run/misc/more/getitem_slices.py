# features: [misc]
# stages: [run]
class S:
    def __getitem__(self, k):
        if isinstance(k, slice): return ('slice', k.start, k.stop, k.step)
        if isinstance(k, tuple): return ('tuple', k)
        return ('index', k)
s = S()
print(s[1], s[1:2], s[::2], s[1:2, 3], s[-1], s['key'], s[...], s[:])

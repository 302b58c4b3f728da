# features: [builtins, slice_obj]
# stages: [run]
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(3), [0, 1, 2, 3, 4, 5][s])
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, None])
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(e)

# features: [classes, eq, hash, repr, ordering, total-ordering-manual]
# stages: [run]
class Version:
    __slots__ = ("major", "minor", "patch")
    def __init__(self, text):
        self.major, self.minor, self.patch = (int(p) for p in text.split("."))
    def _key(self):
        return (self.major, self.minor, self.patch)
    def __eq__(self, other):
        return self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __le__(self, other):
        return self._key() <= other._key()
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self._key()))
    def __format__(self, spec):
        return format(str(self._key()), spec)
vs = [Version(t) for t in ["1.2.3", "1.10.0", "1.2.10", "0.9.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs), len(set(vs)), vs[0] == vs[4], vs[0] is vs[4])
print(f"{vs[0]:>14}|", sorted(vs, reverse=True)[:2], vs[1] > vs[2], vs[3] >= vs[0])
print(Version("2.0.0") in vs, vs.index(Version("1.2.10")), vs.count(Version("1.2.3")))

# features: [import, stdlib-enum]
# stages: [run]
# flags: [needs-stdlib]
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.GREEN), Color(2).name, [c.name for c in Color])
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Perm.R | Perm.W, int(Perm.R | Perm.W))

# features: [realworld, stdlib-enum]
# stages: [run]
# flags: [needs-stdlib]
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W
class Prio(IntEnum):
    LOW = 1; MID = 5; HIGH = 10
class Method(StrEnum):
    GET = auto(); POST = auto()
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), Color.__members__.keys() if False else list(Color.__members__))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
p = Perm.R | Perm.X
print(p, repr(p), Perm.R in p, Perm.W in p, ~p, Perm.RW, list(Perm), bool(Perm(0)), Perm(0))
print(Perm(7), repr(Perm(7)), [m.name for m in Perm(6)])
print(Prio.HIGH > Prio.LOW, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW]), Prio(5), int(Prio.HIGH), f"{Prio.MID}")
print(Method.GET, repr(Method.POST), Method.GET == "get", Method.GET.upper(), f"{Method.POST}")
print(Planet.EARTH, f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.value)
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1
except ValueError as e:
    print(e)
class Shape(Enum):
    SQUARE = auto(); CIRCLE = auto()
    def describe(self): return f"{self.name.lower()}#{self.value}"
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default(), Shape.SQUARE.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class IF(IntFlag):
    A = 1; B = 2; C = 4
print(IF.A | IF.C, IF.A | 8, repr(IF(3)), IF.A & 3, IF(0))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print(format(Color.RED), format(Prio.LOW), str(Prio.LOW), "%s %d" % (Prio.LOW, Prio.LOW))
print(Color.RED.__class__, isinstance(Color.RED, Color), type(Color))
print({c: c.value for c in Color})
class Status(enum.Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE if value == "on" else None
print(Status("on"))
print(enum.Flag.__name__, Perm.R.value, Perm._value2member_map_ if False else "")

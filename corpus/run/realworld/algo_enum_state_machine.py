# features: [enum, classes, realworld]
# stages: [run]
# flags: [needs-stdlib]
# An enum-driven state machine (traffic light and order workflow) with Flag permissions.
import enum
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class Light(Enum):
    RED = "stop"
    GREEN = "go"
    YELLOW = "slow"

    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % len(order)]


class Status(IntEnum):
    NEW = 1
    PAID = 2
    SHIPPED = 3
    DELIVERED = 4
    CANCELLED = 9


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.status = Status.NEW
        self.trail = [self.status]

    def advance(self, new):
        if new not in TRANSITIONS.get(self.status, set()):
            raise InvalidTransition(f"order {self.oid}: {self.status.name} -> {new.name} not allowed")
        self.status = new
        self.trail.append(new)


light = Light.RED
seq = []
for _ in range(7):
    seq.append(light.name)
    light = light.next()
print(seq, Light("go"), Light.YELLOW.value, len(Light), Light.RED in Light)
o = Order(7)
for s in (Status.PAID, Status.SHIPPED, Status.DELIVERED):
    o.advance(s)
print([str(s) for s in o.trail], [int(s) for s in o.trail], o.status > Status.PAID, Status(3), Status["PAID"])
try:
    Order(8).advance(Status.DELIVERED)
except InvalidTransition as e:
    print("InvalidTransition:", e)
p = Perm.READ | Perm.WRITE
print(p, repr(p), Perm.EXEC in p, Perm.ALL, list(Perm), bool(Perm(0)), ~Perm.READ, Perm.ALL & ~Perm.WRITE)
print(f"{Status.PAID}", f"{Light.RED}", format(Status.NEW, "d"), Status.PAID + 1, sorted([Status.SHIPPED, Status.NEW]))
print(Status.__members__.keys(), [m.value for m in Status], Light.__members__["GREEN"])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print([(p.name, round(p.surface_gravity, 3)) for p in Planet])
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Alias(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)
Status(42)

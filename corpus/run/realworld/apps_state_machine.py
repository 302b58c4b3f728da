# features: [realworld, stdlib-enum, match]
# stages: [run]
# flags: [needs-stdlib]
from enum import Enum, auto
from dataclasses import dataclass

class State(Enum):
    IDLE = auto(); RUNNING = auto(); PAUSED = auto(); STOPPED = auto()

class Event(Enum):
    START = "start"; PAUSE = "pause"; RESUME = "resume"; STOP = "stop"

class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event.value} while {state.name.lower()}")

TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.STOPPED,
    (State.PAUSED, Event.STOP): State.STOPPED,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE; self.log = []
    def fire(self, event):
        try:
            new = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise InvalidTransition(self.state, event) from None
        self.log.append((self.state.name, event.value, new.name))
        self.state = new

m = Machine()
for ev in [Event.START, Event.PAUSE, Event.PAUSE, Event.RESUME, Event.STOP, Event.START]:
    try:
        m.fire(ev); print("->", m.state)
    except InvalidTransition as e:
        print("error:", e)
print(m.log)

@dataclass
class Point:
    x: float
    y: float

def describe(cmd):
    match cmd:
        case {"action": "move", "to": Point(x=0, y=0)}:
            return "move to origin"
        case {"action": "move", "to": Point(x=x, y=y)} if x == y:
            return f"move diagonally to {x}"
        case {"action": "move", "to": Point() as p}:
            return f"move to {p}"
        case {"action": "say", "text": str(t)}:
            return f"say {t!r}"
        case ["go", ("north" | "south") as d]:
            return f"go {d}"
        case ["go", *rest]:
            return f"go somewhere: {rest}"
        case [int(a), int(b), *_] if a > b:
            return "descending start"
        case (1 | 2 | 3) as n:
            return f"small {n}"
        case State.IDLE | State.STOPPED:
            return "inactive state"
        case float() | int():
            return "number"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(cmd).__name__}"
for c in [{"action": "move", "to": Point(0, 0)}, {"action": "move", "to": Point(2, 2)}, {"action": "move", "to": Point(1, 5)},
          {"action": "say", "text": "hi", "extra": 1}, ["go", "north"], ["go", "east", "fast"], [5, 3, 1], 2, 7, 2.5,
          State.IDLE, State.RUNNING, None, "str"]:
    print(describe(c))

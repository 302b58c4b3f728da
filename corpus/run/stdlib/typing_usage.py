# features: [import, stdlib-typing, pep560-mro-entries]
# stages: [run]
# flags: [needs-stdlib]
import typing
from typing import (TypeVar, Generic, Protocol, NamedTuple, TypedDict, get_type_hints,
                    Optional, Union, List, Dict, Callable, Any, runtime_checkable, ClassVar, Final, Literal,
                    get_origin, get_args, overload, cast)

T = TypeVar("T")
K = TypeVar("K", bound=str)
V = TypeVar("V", int, float)
print(T, K.__bound__, V.__constraints__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__parameters__, Stack[int].__origin__ is Stack, Stack.__orig_bases__)

class Pair(Generic[K, V]):
    pass
print(Pair[str, int], get_args(Pair[str, int]), get_origin(Pair[str, int]) is Pair)

class IntStack(Stack[int]):
    pass
print(IntStack.__orig_bases__, IntStack.__mro__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point._field_defaults, p._replace(y=1), Point.__annotations__)
x, y = p
print(x, y, p == (3, -4), isinstance(p, tuple))

class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    extra: str
m: Movie = {"name": "X", "year": 1999}
print(m, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Movie.__total__, Partial.__total__)

def f(a: int, b: "Optional[str]" = None) -> Dict[str, int]:
    return {}
print(get_type_hints(f))
class Annotated:
    a: int
    b: ClassVar[int] = 3
    c: Final = 4
print(get_type_hints(Annotated))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], Callable[[int], str], Literal[1, 2])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), cast(int, "s"), typing.TYPE_CHECKING)
Alias = Dict[str, List[T]]
print(Alias[int])

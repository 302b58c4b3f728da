# features: [realworld, stdlib-typing]
# stages: [run]
# flags: [needs-stdlib]
from typing import (TypedDict, NamedTuple, Protocol, Generic, TypeVar, Literal, overload,
                    get_type_hints, Optional, Union, Callable, runtime_checkable, Any, Final,
                    ClassVar, get_origin, get_args, cast, Iterator, Dict, List, Tuple)
import typing

class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__required_keys__, sorted(Movie2.__optional_keys__), Movie2.__total__)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
e = Employee("ann")
print(e, e._replace(salary=200), e._asdict(), Employee._fields, Employee._field_defaults)
print(e[0], len(e), e.dept, Employee.__annotations__)
T = TypeVar("T"); K = TypeVar("K", bound="str")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
    def __repr__(self): return f"Stack({self.items})"
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), s, Stack[int], Stack.__parameters__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
Mode = Literal["r", "w"]
def open_(p: str, mode: Mode = "r") -> Optional[int]:
    return None
print(get_type_hints(open_))
print(open_.__annotations__)
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
print(Optional[int], Union[int, str, None], Callable[[int, str], bool], Dict[str, List[int]], Tuple[int, ...])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Literal["a"]))
print(list[int], dict[str, tuple[int, ...]], int | None, type(int | str))
print(cast(int, "x"), Any, Final[int], ClassVar[int])
class Cfg:
    x: int
    y: "list[str]"
    z: ClassVar[int] = 3
print(get_type_hints(Cfg))
def gen() -> Iterator[int]:
    yield 1
print(get_type_hints(gen), typing.TYPE_CHECKING)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
try:
    isinstance(1, List[int])
except TypeError as e:
    print(e)
P = typing.ParamSpec("P")
print(P, T, K.__bound__, typing.Self if hasattr(typing, "Self") else None)
print(typing.assert_never.__name__)
print(typing.reveal_type(3))

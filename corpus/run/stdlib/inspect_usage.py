# features: [import, stdlib-inspect, stdlib-typing, stdlib-enum, stdlib-dataclasses]
# stages: [run]
# flags: [needs-stdlib]
from __future__ import annotations
import typing, inspect, enum, dataclasses
from typing import get_type_hints, Protocol, Generic, TypeVar, Iterator, Annotated, ParamSpec, Concatenate, Callable
T = TypeVar('T')
P = ParamSpec('P')
def deco(f: Callable[P, T]) -> Callable[P, T]: return f
@deco
def h(x: int, y: list[str]) -> dict[str, int]: return {}
print(get_type_hints(h), inspect.signature(h))
class Tree(Generic[T]):
    left: Tree[T] | None
    def __iter__(self) -> Iterator[T]: yield from ()
print(get_type_hints(Tree))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(list(Color), Color.RED, Color(2), inspect.isclass(Color))
print(Annotated[int, "m"], get_type_hints(lambda: 0), typing.get_type_hints(deco, include_extras=True))
@dataclasses.dataclass
class D:
    a: int
    b: list[int] = dataclasses.field(default_factory=list)
print(D(1), inspect.signature(D), inspect.getsource(D).splitlines()[0])
def gen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.getmodule(gen).__name__, inspect.getfile(gen) == __file__)
print(inspect.getmro(D), [n for n, _ in inspect.getmembers(D) if not n.startswith('_')])
print(inspect.cleandoc("  a\n    b"), inspect.Parameter.POSITIONAL_ONLY)

# features: [import, stdlib-typing, generic-alias, pep560-mro-entries]
# stages: [run]
# flags: [needs-stdlib]
from __future__ import annotations
import typing
from typing import TypeVar, Generic, Callable, ParamSpec, Iterator, get_type_hints, get_args, get_origin
T = TypeVar('T')
K = TypeVar('K')
P = ParamSpec('P')
print(list[int].__unpacked__, list[T].__parameters__, dict[K, list[T]].__parameters__, list[int].__parameters__)
print(dict[K, list[T]][str, int], list[T][int], get_origin(list[int]) is list, get_args(dict[str, int]))
print(list[int].__mro_entries__((list[int],)), list[int].append is list.append)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([1, 2]))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][int]):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
def deco(f: Callable[P, T]) -> Callable[P, T]: return f
@deco
def h(x: int, y: list[str]) -> dict[str, int]: return {}
print(get_type_hints(h))
class Tree(Generic[T]):
    left: Tree[T] | None
    def __iter__(self) -> Iterator[T]: yield from ()
print(get_type_hints(Tree), Tree[int]().__class__.__name__, typing.List[int] == list[int])
Pairs = list[tuple[K, T]]
print(Pairs[str, float], Pairs.__parameters__)

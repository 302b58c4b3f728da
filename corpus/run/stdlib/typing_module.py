# features: [import, stdlib-typing]
# stages: [run]
# flags: [needs-stdlib]
from typing import List, Optional, NamedTuple, TypeVar, Generic
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), Box[int](3).v, Optional[int], List[str])

# features: [function]
# stages: [tokens, ast, dis]
from __future__ import annotations
def f(a: int, b: List[int] = []) -> Dict[str, int]:
    return {}

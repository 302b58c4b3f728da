# features: [import]
# stages: [tokens, ast, dis]
from __future__ import annotations
def f(x: List[int]) -> Dict[str, 'X']: pass

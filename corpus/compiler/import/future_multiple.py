# features: [import]
# stages: [tokens, ast, dis]
from __future__ import annotations, generator_stop
x: int

# features: [import]
# stages: [tokens, ast, dis]
"""doc"""
from __future__ import annotations

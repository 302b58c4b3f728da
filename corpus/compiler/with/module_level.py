# features: [with]
# stages: [tokens, ast, dis]
import contextlib
with contextlib.suppress(KeyError):
    {}['x']

# features: [import]
# stages: [tokens, ast, dis]
from . import x
from .. import y
from .m import z

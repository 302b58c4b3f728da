print("relpkg init:", __name__, __package__)
from . import leaf
from .leaf import VALUE as LEAF_VALUE

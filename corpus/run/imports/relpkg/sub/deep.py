from .. import leaf
from ..leaf import VALUE
from . import sibling
WHERE = (__name__, __package__)

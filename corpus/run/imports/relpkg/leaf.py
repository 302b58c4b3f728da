VALUE = 42
from .sub import deep

# features: [imports]
# stages: [tokens, ast, dis]
import os, sys as s
import a.b.c as d
from . import (a, b as c,)
from ..x.y import *
from ... import z

# features: [scope]
# stages: [tokens, ast, dis]
from os import *
x = sep

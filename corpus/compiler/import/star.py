# features: [import]
# stages: [tokens, ast, dis]
from os.path import *

# features: [import]
# stages: [tokens, ast, dis]
from os import path, sep as separator

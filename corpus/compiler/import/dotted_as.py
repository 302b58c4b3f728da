# features: [import]
# stages: [tokens, ast, dis]
import os.path as p

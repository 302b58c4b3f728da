# features: [import]
# stages: [tokens, ast, dis]
import os, sys as s, json

# features: [try]
# stages: [tokens, ast, dis]
try:
    import nothing_here
except ImportError:
    nothing_here = None

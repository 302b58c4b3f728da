# features: [class]
# stages: [tokens, ast, dis]
class C:
    import __future__ as __f

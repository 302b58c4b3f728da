# features: [class, decorators]
# stages: [tokens, ast, dis]
class C(B, metaclass=M, **kw):
    x: int = 1
    y: "str"
    def m(self): return super().m()
@dataclass(frozen=True)
class D: pass
class E(): ...

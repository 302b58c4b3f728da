# features: [match, patterns]
# stages: [tokens, ast, dis]
match p:
    case [1, *rest] | {"k": v, **kw} if v:
        pass
    case Point(x=0, y=_) as pt:
        pass
    case -1+2j | None | True | a.b.c | "s" b"":
        pass
    case (1, 2, *_):
        pass
    case {1: _, "x": [y, z]}:
        pass
    case C(1, 2, k=3):
        pass
    case _:
        pass
match = 1
case = match
match(x)

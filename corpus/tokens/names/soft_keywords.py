# features: [names]
# stages: [tokens]
match = case = _ = type = 1
match x:
    case [a, *rest]: pass
    case _: pass

# features: [with]
# stages: [tokens, ast, dis]
def f(cms):
    for cm in cms:
        with cm:
            break

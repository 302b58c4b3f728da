# features: [tracebacks, binop-carets]
# stages: [run]
def scale(values, factor):
    return [v * factor for v in values]

def combine(a, b):
    return a["total"] + b["total"] * 2

print(scale([1, 2], 3))
print(combine({"total": 1}, {"total": 2}))
combine({"total": 1}, {"total": None})

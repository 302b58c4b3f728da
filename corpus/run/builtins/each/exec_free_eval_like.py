# features: [builtins, getattr, operator-like]
# stages: [run]
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
def calc(tokens):
    stack = []
    for t in tokens:
        if t in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(float(t) if '.' in t else int(t))
    return stack[0]
for expr in ['3 4 +', '10 2 8 * + 3 -', '2 3 4 * +', '1.5 2 /', '7 2 /']:
    print(expr, '=', calc(expr.split()))
print(getattr('abc', 'upper')(), getattr([], '__len__')(), getattr(1, 'real'))

# features: [classic]
# stages: [run]
stack = []
for c in '(a[b]{c})':
    if c in '([{': stack.append(c)
    elif c in ')]}':
        print('match', stack.pop(), c)
q = [1, 2, 3]
q.append(4); print(q.pop(0), q)

# features: [misc]
# stages: [run]
tasks = [('a', 3), ('b', 1), ('c', 2)]
time = 0
q = list(tasks)
while q:
    name, left = q.pop(0)
    time += 1
    if left > 1:
        q.append((name, left - 1))
    else:
        print('done', name, 'at', time)

# features: [exceptions]
# stages: [run]
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print('loop finally', i)
    return i
def k():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f(), g(), h(), k())

# features: [classic]
# stages: [tokens, ast, dis, run]
def f():
    try:
        print('body')
        return 'ret'
    finally:
        print('finally')
print(f())

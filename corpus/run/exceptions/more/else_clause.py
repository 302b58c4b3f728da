# features: [exceptions]
# stages: [run]
def t(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('except'); return 'E'
    else:
        print('else'); return r
    finally:
        print('finally')
print(t(2), t(0))
for i in range(3):
    if i == 5: break
else:
    print('for-else')
while False:
    pass
else:
    print('while-else')

# features: [control-flow]
# stages: [run]
print(1 and 2, 0 and 2, 1 or 2, 0 or '', None or 'd', not 0, not [1], [] or {} or 'last')
def t(v):
    print('eval', v); return v
print(t(0) and t(1), t(1) or t(2), t(1) and t(0) or t(3))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 'a' < 'b' <= 'b', 1 == 1.0 == True, (1 < t(5)) < 2)
x = 5
print(0 < x < 10, x is not None, type(x) is int, x in (1, 5), x not in [5])

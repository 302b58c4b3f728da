# features: [int, divmod]
# stages: [run]
for a in [7, -7, 0, 10**25, -10**25, 1]:
    for b in [2, -2, 3, -3, 10**12, -10**12]:
        print(a, b, divmod(a, b), a // b, a % b, -a // b)
for a, b in [(2, -1), (-2, 3), (0, 5), (10, 0.5)]:
    print(a ** b)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7), pow(10**30, 10**5, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)

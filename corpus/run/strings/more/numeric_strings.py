# features: [str]
# stages: [run]
print(str(12), str(-0.5), str(1e22), str(True), repr(3.0), str(10 ** 20), str(1 / 3))
for s in ['12', '١٢', '12.5', ' 7 ', '٣.٥', '1e3', 'Ⅻ', '²']:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), end=' | ')
    try:
        print(int(s), end=' ')
    except ValueError as e:
        print('int err', end=' ')
    try:
        print(float(s))
    except ValueError:
        print('float err')

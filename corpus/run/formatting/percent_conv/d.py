# features: [format, percent-format]
# stages: [run]
flags = ['', '-', '+', ' ', '0', '#', '-+', '05', '-8', '+10', '.3', '10.4', '#8', '-#6', '08.2', '*']
for v in [0, 7, -7, 123456, 3.99, -2.5, True, 10**20]:
    row = []
    for fl in flags:
        spec = '%' + fl + 'd'
        try:
            row.append(spec % ((5, v) if fl == '*' else v))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)

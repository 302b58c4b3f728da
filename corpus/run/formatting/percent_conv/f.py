# features: [format, percent-format]
# stages: [run]
flags = ['', '-', '+', ' ', '0', '#', '-+', '05', '-8', '+10', '.3', '10.4', '#8', '-#6', '08.2', '*']
for v in [0.0, 1.005, -2.5, 1e10, 1e-7, 3, 2.675, float('-inf')]:
    row = []
    for fl in flags:
        spec = '%' + fl + 'f'
        try:
            row.append(spec % ((5, v) if fl == '*' else v))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)

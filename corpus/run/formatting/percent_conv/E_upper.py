# features: [format, percent-format]
# stages: [run]
flags = ['', '-', '+', ' ', '0', '#', '-+', '05', '-8', '+10', '.3', '10.4', '#8', '-#6', '08.2', '*']
for v in [12345.678, -0.001, float('nan')]:
    row = []
    for fl in flags:
        spec = '%' + fl + 'E'
        try:
            row.append(spec % ((5, v) if fl == '*' else v))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)

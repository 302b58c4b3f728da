# features: [format, percent-format]
# stages: [run]
flags = ['', '-', '+', ' ', '0', '#', '-+', '05', '-8', '+10', '.3', '10.4', '#8', '-#6', '08.2', '*']
for v in [0.0, 1e-5, 1e-4, 123456, 1234567, 0.1, 2.5e-300, 100.0, 7]:
    row = []
    for fl in flags:
        spec = '%' + fl + 'g'
        try:
            row.append(spec % ((5, v) if fl == '*' else v))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)

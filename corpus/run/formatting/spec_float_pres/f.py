# features: [format, format-spec, float]
# stages: [run]
opts = ['', '.0', '.1', '.3', '.12', '10', '<12.2', '>12.2', '^12.2', '=+12.2', '0=12.2', '+', ' ', '#', '#.0', ',', '_', '012,.1', '*^14.3']
for v in [0.0, -0.0, 0.5, 1.0, -1.5, 3.14159265358979, 2.675, 1e-6, 123456789.123, 1e21, 5e-324, float('inf'), float('nan')]:
    row = []
    for o in opts:
        try:
            row.append(format(v, o + 'f'))
        except (ValueError, TypeError) as e:
            row.append('!' + str(e))
    print(repr(v), row)

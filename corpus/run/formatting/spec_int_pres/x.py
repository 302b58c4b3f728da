# features: [format, format-spec, int]
# stages: [run]
opts = ['', '<8', '>8', '^8', '=8', '*>8', '+', '-', ' ', '#', '08', '_', ',', '+#012', '.2', '#_']
for v in [0, 1, -1, 42, -255, 65535, 10**12, -(2**40)]:
    row = []
    for o in opts:
        try:
            row.append(format(v, o + 'x'))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('!' + str(e))
    print(v, row)

# features: [format, format-spec, int]
# stages: [run]
specs = ['', 'd', '5d', '<5', '>5', '^7', '*^9', '+d', ' d', '-d', '_', ',', '010,', 'x', '#x', 'X', '#X', 'o', '#o', 'b', '#b', '08b', 'c', 'n', '=+8', '010', '#010x', 'e', '.2f', '%', 'g', '.3']
for v in [0, 5, -5, 42, 255, 1234567, -98765432, 10**20, True]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('!' + str(e))
    print(v, row)

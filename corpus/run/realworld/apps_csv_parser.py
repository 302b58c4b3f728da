# features: [realworld, strings]
# stages: [run]
DATA = '''name,age,city,salary
"Smith, John",42,"New York",85000.50
Jane Doe,35,Boston,92000
"O""Brien",29,"San ""Fran"" cisco",71000.25
Bob,,Chicago,
'''

def parse_line(line):
    fields, cur, inq, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if inq:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"'); i += 1
                else:
                    inq = False
            else:
                cur.append(ch)
        elif ch == '"':
            inq = True
        elif ch == ',':
            fields.append(''.join(cur)); cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append(''.join(cur))
    return fields

lines = DATA.strip().splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
def num(s, kind=float):
    try:
        return kind(s)
    except ValueError as e:
        print("bad value:", e)
        return None
ages = [num(r['age'], int) for r in rows]
print(ages)
sal = [num(r['salary']) for r in rows]
valid = [s for s in sal if s is not None]
print(f"avg salary: {sum(valid)/len(valid):,.2f}")
widths = {h: max(len(h), *(len(r[h]) for r in rows)) for h in header}
print(" | ".join(h.ljust(widths[h]) for h in header))
print("-+-".join("-" * widths[h] for h in header))
for r in rows:
    print(" | ".join(r[h].ljust(widths[h]) for h in header))
print(sorted(rows, key=lambda r: r['city'])[0]['name'])

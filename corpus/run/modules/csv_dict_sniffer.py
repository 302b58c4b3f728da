# features: [import, csv]
# stages: [run]
# flags: [needs-stdlib]
import csv, io
rows = [{"name": "Alice", "age": 30, "city": "New York, NY"}, {"name": 'Bob "B"', "age": 25, "city": "Paris"},
        {"name": "Carol", "age": None, "city": "Line1\nLine2"}]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["name", "age", "city"])
w.writeheader()
w.writerows(rows)
text = buf.getvalue()
print(repr(text))
for row in csv.DictReader(io.StringIO(text)):
    print(row)
print(list(csv.reader(io.StringIO("a|b|c\n1|2|3\n"), delimiter="|")))
sample = "id;name;score\n1;ann;3.5\n2;bob;4.0\n"
dialect = csv.Sniffer().sniff(sample)
print(dialect.delimiter, repr(dialect.quotechar), csv.Sniffer().has_header(sample))
print(sorted(csv.list_dialects()), csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == "\n")
out = io.StringIO()
csv.writer(out, dialect="unix").writerows([[1, "a b"], [2, None]])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow([1, 2.5, "x", True])
print(repr(out.getvalue()))
class My(csv.Dialect):
    delimiter = ":"; quotechar = "'"; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
out = io.StringIO(); csv.writer(out, My).writerow(["a:b", "c'd"]); print(repr(out.getvalue()))
try:
    class Bad(csv.Dialect):
        delimiter = ""
    Bad()
except csv.Error as e:
    print("Error", e)
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
print(list(r), r.line_num, r.fieldnames)
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)

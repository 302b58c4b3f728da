# features: [exceptions, tracebacks, realworld]
# stages: [run]
# A data pipeline whose failure surfaces as a chained, uncaught exception with notes.
class PipelineError(Exception):
    pass


def parse_row(line):
    name, qty, price = line.split(",")
    return name.strip(), int(qty), float(price)


def load(lines):
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            rows.append(parse_row(line))
        except ValueError as e:
            raise PipelineError(f"line {n}: cannot parse {line!r}") from e
    return rows


good = ["apple, 3, 0.5", "pear, 2, 0.75"]
rows = load(good)
print(rows, sum(q * p for _, q, p in rows))
try:
    load(["kiwi, x, 1"])
except PipelineError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    e.add_note("while loading fruit.csv")
    print(e.__notes__)


def summarize(rows):
    try:
        return {name: q * p for name, q, p in rows}["banana"]
    except KeyError:
        raise RuntimeError("summary needs bananas")


summarize(rows)

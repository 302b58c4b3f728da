# features: [realworld, exceptions, tracebacks]
# stages: [run]
class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        super().__init__(f"{field}: {msg}")

def parse_age(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValidationError("age", f"not a number: {s!r}") from e

def load_user(rec):
    try:
        return {"name": rec["name"], "age": parse_age(rec["age"])}
    except KeyError as e:
        raise ValidationError(e.args[0], "missing")

def main():
    users = [{"name": "a", "age": "3"}, {"name": "b"}, {"name": "c", "age": "x"}]
    for u in users:
        try:
            print(load_user(u))
        except ValidationError as e:
            print("invalid:", e, "| field:", e.field, "| cause:", type(e.__cause__).__name__, "| context:", type(e.__context__).__name__)
    def process():
        try:
            {}["k"]
        except KeyError:
            load_user({"name": "z", "age": "oops"})
    process()

main()

# features: [import, stdlib-string]
# stages: [run]
# flags: [needs-stdlib]
import string

print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(string.punctuation)
print(len(string.printable))
print(string.capwords("hello   world  of python"))
print(string.capwords("a-b-c", "-"))

t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid())

class MyT(string.Template):
    delimiter = "%"
print(MyT("%a and %{b}").substitute(a=1, b=2))

f = string.Formatter()
print(f.format("{0} {name!r} {1:>5}|{x[0]}", "a", 3.5, name="n", x=[9]))
print(list(f.parse("a{b}c{d!s:>3}e")))
print(f.vformat("{} {}", ("p", "q"), {}))

class Up(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Up().format("{} and {}", "x", "yz"))

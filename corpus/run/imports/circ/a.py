print("a starts")
from circ import b
A = "A"
print("a ends; b.B =", b.B)

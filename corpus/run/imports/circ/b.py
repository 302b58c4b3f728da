print("b starts")
import circ.a
try:
    circ.a.A
except AttributeError as e:
    print("AttributeError:", e)
B = "B"
print("b ends")

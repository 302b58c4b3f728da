from circ.d import D
C = "C"

from circ.c import C
D = "D"

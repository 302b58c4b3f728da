import sys as _sys
alpha = 1
_beta = 2
def gamma(): pass
class Delta: pass

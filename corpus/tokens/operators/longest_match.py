# features: [operators]
# stages: [tokens]
a**=b//=c>>=d<<=e->f:=g...h

# features: [import, stdlib-operator]
# stages: [run]
# flags: [needs-stdlib]
import operator
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5))
get = operator.itemgetter(1, 0)
print(get(["a", "b"]), operator.attrgetter("real")(3), operator.methodcaller("upper")("hi"))
print(sorted([(1, "b"), (0, "c")], key=operator.itemgetter(1)))

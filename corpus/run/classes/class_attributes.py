# features: [classes, class-variables, instance-variables, name-mangling]
# stages: [run]
class Counter:
    instances = 0
    shared = []
    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.shared.append(name)
        self.__secret = name[::-1]
    def secret(self):
        return self.__secret
a, b = Counter("a"), Counter("bb")
print(Counter.instances, a.instances, Counter.shared, a.secret(), b._Counter__secret, hasattr(a, "__secret"))
a.instances = 99
print(a.instances, Counter.instances, b.instances, "instances" in vars(a))
Counter.extra = "added later"
print(a.extra, getattr(b, "extra"))
del a.instances
print(a.instances)
class Config:
    DEFAULTS = {"debug": False}
    def __init__(self, **overrides):
        self.values = {**self.DEFAULTS, **overrides}
    def __getattr__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(debug=True, level=3)
print(c.debug, c.level, Config().debug)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
class Meta:
    def method(self): pass
print(type(Meta.method).__name__, type(Meta().method).__name__, Meta.method.__qualname__, Meta().method.__func__ is Meta.method)

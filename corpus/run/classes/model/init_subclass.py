# features: [classes]
# stages: [run]
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name='bee'): pass
class Gamma(Beta): pass
print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)

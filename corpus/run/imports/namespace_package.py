# features: [import, import-namespace-package]
# stages: [run]
# A folder without __init__.py is a namespace package (PEP 420).
import nsroot.space.mod
import nsroot
print(nsroot.space.mod.WHO)
print(nsroot.__file__, nsroot.__spec__.origin, nsroot.__spec__.loader is None or type(nsroot.__spec__.loader).__name__)
print(type(nsroot.__path__).__name__, len(list(nsroot.__path__)), list(nsroot.__path__)[0].endswith("nsroot"))
print(repr(nsroot).startswith("<module 'nsroot' (namespace)"))

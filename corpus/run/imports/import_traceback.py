# features: [import, import-errors, traceback]
# stages: [run]
# expect-error: run ValueError
# An exception raised while a module executes: importlib's own frames are left out of the traceback.
print("before")
import errpkg.bad

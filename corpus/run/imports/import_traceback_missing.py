# features: [import, import-errors, traceback]
# stages: [run]
# expect-error: run ModuleNotFoundError
# A missing module imported by a module: the traceback names both files, none of importlib's.
import errpkg.chain

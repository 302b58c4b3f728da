# features: [tracebacks, uncaught-exception]
# stages: [run]
def load():
    try:
        {}['x']
    except KeyError as e:
        raise RuntimeError('cannot load') from e
load()

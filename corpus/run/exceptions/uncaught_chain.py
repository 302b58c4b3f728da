# features: [tracebacks, chaining]
# stages: [run]
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(f"missing {k}") from e

lookup({}, 'x')

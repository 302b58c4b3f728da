# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except TypeError:
        return 1
    except ValueError:
        return 2
    except Exception:
        return 3

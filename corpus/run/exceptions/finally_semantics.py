# features: [exceptions, finally, return-override, nested-try]
# stages: [run]
def order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("k")
        except KeyError:
            log.append("except")
            raise ValueError("v")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer {e}")
    finally:
        log.append("outer finally")
    return log
print(order())
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
print(swallow())
def loop_control():
    out = []
    for i in range(4):
        try:
            if i == 2:
                raise IndexError(i)
            out.append(i)
        except IndexError as e:
            out.append(f"e{e}")
            continue
        else:
            out.append("else")
        finally:
            out.append("f")
    return out
print(loop_control())
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as e:
            return f"re-caught {e}"
print(reraise())
try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise ValueError("outer") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
import sys
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno)
print(sys.exc_info())

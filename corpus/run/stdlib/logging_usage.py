# features: [import, stdlib-logging]
# stages: [run]
# flags: [needs-stdlib]
import logging
import io
import sys

buf = io.StringIO()
log = logging.getLogger("app")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.debug("debug %d", 1)
log.info("info %s", "x")
log.warning("warn")
child = logging.getLogger("app.sub")
child.error("from child %r", [1])
try:
    1 / 0
except ZeroDivisionError:
    log.exception("oops")
print(buf.getvalue().splitlines()[:6])
print(logging.getLevelName(30), logging.getLevelName("ERROR"), child.getEffectiveLevel(), child.parent.name)
log.setLevel(logging.ERROR)
log.info("not shown")
print(len(buf.getvalue().splitlines()))
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", level=logging.INFO)
logging.info("root info")
logging.warning("root %s", "warn")
logging.debug("hidden")

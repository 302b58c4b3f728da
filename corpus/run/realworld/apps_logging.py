# features: [realworld, stdlib-logging]
# stages: [run]
# flags: [needs-stdlib]
import logging, sys, io

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "x")
log.warning("warn")
db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)
db.info("hidden")
db.error("db error: %r", {"code": 5})
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)s|%(name)s|%(funcName)s|%(lineno)d] %(message)s"))
h.setLevel(logging.INFO)
net = logging.getLogger("net")
net.addHandler(h); net.propagate = False
def connect():
    net.info("connecting"); net.debug("not shown")
    try:
        1 / 0
    except ZeroDivisionError:
        net.exception("failed")
connect()
print(buf.getvalue().replace(__file__, "FILE"))
class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper(); return "skip" not in record.msg.lower()
log.addFilter(Upper())
log.info("filtered message"); log.info("skip me")
print(logging.getLevelName(30), logging.getLevelName("ERROR"), logging.getLevelName(25), log.getEffectiveLevel(), db.getEffectiveLevel())
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("app") is log, db.parent is log, logging.root.level)
logging.addLevelName(25, "NOTICE"); log.log(25, "custom level")
adapter = logging.LoggerAdapter(log, {"user": "bob"})
adapter.info("via adapter")
err = logging.getLogger("stderr")
sh = logging.StreamHandler(); sh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
err.addHandler(sh); err.propagate = False
err.warning("to stderr")
err.critical("critical %s", "thing")
logging.disable(logging.CRITICAL)
log.critical("disabled"); logging.disable(logging.NOTSET)
log.warning("enabled again")
rec = logging.LogRecord("n", logging.INFO, "p.py", 10, "msg %s", ("arg",), None)
print(rec.getMessage(), rec.levelname, rec.name)
logging.warning("root warning")
logging.shutdown()

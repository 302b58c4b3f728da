# features: [benchmark, logging, realworld]
# stages: [run]
# flags: [needs-stdlib]
# logging_format / logging_silent style benchmark, writing to stdout and stderr.
import io
import logging
import sys

FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'


def bench_silent(loops, logger):
    for _ in range(loops):
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)


def bench_simple_output(loops, logger):
    for _ in range(loops):
        logger.warning(MESSAGE)


def bench_formatted_output(loops, logger):
    for _ in range(loops):
        logger.warning(FORMAT, MESSAGE)


stream = io.StringIO()
handler = logging.StreamHandler(stream=stream)
logger = logging.getLogger("benchlogger")
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.WARNING)
bench_silent(500, logger)
bench_simple_output(100, logger)
bench_formatted_output(100, logger)
lines = stream.getvalue().splitlines()
print(len(lines), lines[0], lines[-1])

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(funcName)s:%(lineno)d|%(message)s"))
app = logging.getLogger("app.core")
app.addHandler(out)
app.setLevel(logging.DEBUG)
app.propagate = False


def work(x):
    app.debug("working on %d", x)
    if x % 3 == 0:
        app.info("multiple of three: %r", {"x": x})
    try:
        return 10 // (x - 2)
    except ZeroDivisionError:
        app.exception("failed for %s", x)
        return None


print([work(i) for i in range(5)])
child = logging.getLogger("app.core.child")
print(child.getEffectiveLevel(), child.parent.name, logging.getLevelName(25), logging.getLevelName("ERROR"))
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level %s", "ok")
adapter = logging.LoggerAdapter(app, {"user": "bob"})
adapter.warning("adapted")
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("root info")
logging.getLogger("other").error("to stderr %d%%", 50)
logging.debug("hidden")
logging.warning("last")

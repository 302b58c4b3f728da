# features: [atexit, signal, locale]
# stages: [run]
# atexit callbacks run last-first after the main module (even when it raises); _signal's handler table; _locale's C locale.
import atexit, _signal, _locale
def bye(name, punct='!'):
    print('bye', name + punct)
class Boom:
    def __call__(self):
        raise ValueError('boom in atexit')
    def __repr__(self):
        return 'Boom()'
atexit.register(Boom())
atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
f = atexit.register(lambda: print('lambda'))
atexit.register(print, 'registered print')
atexit.unregister(print)
print(type(atexit._ncallbacks()).__name__)
try:
    atexit.register(3)
except TypeError as e:
    print(e)
print(_signal.SIGINT, _signal.SIGTERM, _signal.SIGKILL, _signal.SIGUSR1, _signal.NSIG, _signal.SIG_DFL, _signal.SIG_IGN)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler, _signal.getsignal(_signal.SIGPIPE), _signal.getsignal(_signal.SIGTERM))
def handler(signum, frame):
    print('handled', signum, type(frame).__name__, frame.f_lineno)
print(_signal.signal(_signal.SIGUSR1, handler))
print(_signal.getsignal(_signal.SIGUSR1) is handler)
_signal.raise_signal(_signal.SIGUSR1)
_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN)
_signal.raise_signal(_signal.SIGUSR1)
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
for bad in [lambda: _signal.signal(0, handler), lambda: _signal.signal(_signal.SIGUSR1, 5), lambda: _signal.signal(_signal.SIGKILL, handler)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(_signal.strsignal(_signal.SIGINT), _signal.strsignal(_signal.SIGTERM), len(_signal.valid_signals()))
print(_locale.setlocale(_locale.LC_NUMERIC), _locale.localeconv()['decimal_point'], _locale.localeconv()['grouping'], _locale.CHAR_MAX)
print(_locale.setlocale(_locale.LC_NUMERIC, 'C'), _locale.getencoding())
try:
    _locale.setlocale(_locale.LC_ALL, 'no_such_locale')
except _locale.Error as e:
    print(type(e).__module__, type(e).__name__, e)
print('end of main')
raise SystemExit(3)

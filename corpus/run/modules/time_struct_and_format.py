# features: [time, struct-time, strftime]
# stages: [run]
# time's conversions on fixed timestamps (UTC and the local zone via mktime round trips), struct_time, formats.
import time
t = time.gmtime(0)
print(t, len(t), t.n_fields, t.n_sequence_fields, t.tm_zone, t.tm_gmtoff, t[0], t[-1])
print(time.gmtime(1234567890.9), time.gmtime(-1.5)[:6])
print(time.asctime(time.gmtime(0)), time.asctime((2023, 7, 4, 9, 5, 3, 1, 185, 0)))
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %%', time.gmtime(1700000000)))
print(time.strftime('%d/%m/%y', (2001, 2, 3, 4, 5, 6, 0, 1, 0)), time.strftime('', time.gmtime(0)))
print(time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
lt = time.localtime(1700000000)
print(time.mktime(lt), type(time.mktime(lt)).__name__, time.localtime(time.mktime(lt))[:6] == lt[:6])
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
a = time.monotonic(); b = time.monotonic()
print(b >= a, type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.monotonic_ns() > 0, time.process_time() >= 0, time.thread_time() >= 0, abs(time.time() - time.time_ns() / 1e9) < 1)
for bad in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.gmtime('x'), lambda: time.get_clock_info('x'),
            lambda: time.asctime((2000, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (1, 2)), lambda: time.gmtime(float('nan')),
            lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
time.sleep(0)
time.sleep(0.001)
print(time.CLOCK_MONOTONIC, time.CLOCK_REALTIME, time._STRUCT_TM_ITEMS)

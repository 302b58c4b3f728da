# features: [import, stdlib-datetime]
# stages: [run]
# flags: [needs-stdlib]
import datetime as dt

d = dt.date(2024, 2, 28)
# tuple(): the C _datetime reprs IsoCalendarDate with its module name, the pure datetime.py without
print(d, repr(d), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.isocalendar().week)
print(d.strftime("%Y-%m-%d %A %B %j %U %a %b"), d.toordinal(), dt.date.fromordinal(738000))
print(dt.date.fromisoformat("2023-12-31"), d.replace(year=2023), d.ctime())
td = dt.timedelta(days=1, hours=25, minutes=-3, seconds=7.5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 3, td / 2, td // dt.timedelta(hours=1))
print(dt.timedelta(microseconds=-1), dt.timedelta(weeks=3) % dt.timedelta(days=5))
t = dt.time(13, 5, 9, 123456)
print(t, repr(t), t.isoformat(timespec="milliseconds"), t.strftime("%H:%M:%S %p %f"))
print(dt.time.fromisoformat("07:08:09.5"))
x = dt.datetime(2020, 1, 31, 23, 59, 59)
print(x + dt.timedelta(seconds=1), repr(x), x.isoformat(), x.isoformat(sep=" "))
print(x - dt.datetime(2019, 12, 25), x.date(), x.time(), x.timetuple()[:6])
print(dt.datetime.fromisoformat("2021-06-15T10:20:30.000450"), x.strftime("%c|%x|%X"))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
y = dt.datetime(2022, 3, 4, 5, 6, 7, tzinfo=tz)
print(y, y.utcoffset(), y.tzname(), y.astimezone(dt.timezone.utc), y.isoformat())
print(dt.timezone.utc, repr(dt.timezone(dt.timedelta(hours=-3))))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 1)]))
print(dt.date(2020, 1, 1) < dt.date(2020, 1, 2), dt.date.max, dt.date.min, dt.timedelta.max)
try:
    dt.date(2023, 2, 29)
except ValueError:
    # the message differs between CPython's C _datetime and the pure datetime.py, so only the type is printed
    print("ValueError")
print(hash(dt.date(2020, 1, 1)) == hash(dt.date(2020, 1, 1)), {dt.timedelta(0): 1})

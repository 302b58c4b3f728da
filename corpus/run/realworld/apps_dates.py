# features: [realworld, stdlib-datetime, stdlib-calendar]
# stages: [run]
# flags: [needs-stdlib]
import datetime as dt, calendar

d = dt.date(2024, 2, 29)
t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(d, repr(d), t, repr(t), d.isoformat(), t.isoformat(), t.isoformat(sep=" ", timespec="seconds"))
print(d + dt.timedelta(days=1), d.replace(year=2025, day=28), t + dt.timedelta(seconds=45))
print(repr(dt.timedelta(days=1, hours=2, minutes=3)), dt.timedelta(hours=-1), dt.timedelta(days=400, microseconds=5))
print(dt.timedelta(weeks=3) / dt.timedelta(days=2), dt.timedelta(hours=5) // dt.timedelta(hours=2), dt.timedelta(minutes=90).total_seconds())
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %b %d %y", "%A %B %j %U %W", "%I:%M %p", "%f %%", "%c", "%x %X", "%G-W%V-%u"]:
    print(fmt, "->", t.strftime(fmt))
print(dt.datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"), dt.date.fromisoformat("2020-01-02"))
print(dt.datetime.fromisoformat("2011-11-04T00:05:23+04:00"), dt.time(13, 5).strftime("%H:%M"), dt.time(1, 2, 3, 4))
tz = dt.timezone(dt.timedelta(hours=-5), "EST")
aware = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone.utc)
print(aware, aware.astimezone(tz), aware.tzname(), aware.astimezone(tz).strftime("%Z %z"), dt.timezone.utc)
print(d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.timetuple().tm_yday, d.toordinal(), dt.date.fromordinal(700000))
print((dt.date(2025, 1, 1) - d).days, d < dt.date(2024, 3, 1), max(d, dt.date(2000, 1, 1)))
print(calendar.month(2024, 2))
print(calendar.isleap(2100), calendar.leapdays(1900, 2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.month_name[1:4], calendar.day_abbr[0], list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print(calendar.monthcalendar(2023, 9))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2023, 9, w=3))
print(calendar.calendar(2024, m=4)[:400])
print(dt.datetime(2024, 1, 1).timestamp() - dt.datetime(2023, 1, 1).timestamp())
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(86400 * 365))
print(dt.date.min, dt.date.max, dt.timedelta.max, dt.datetime(2020, 5, 17).ctime())
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__)
try:
    dt.datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(f"{d:%d/%m/%Y} {t:%H:%M}", format(dt.timedelta(seconds=3661)))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 31)]))
print(hash(dt.date(2020, 1, 1)) == hash(dt.date(2020, 1, 1)), dt.date(2020, 1, 1) == dt.datetime(2020, 1, 1))

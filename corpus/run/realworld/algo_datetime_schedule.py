# features: [datetime, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Date arithmetic with fixed dates: schedules, business days, durations, formatting and parsing.
from datetime import date, datetime, time, timedelta, timezone
import calendar

start = date(2024, 1, 29)
print(start, start.isoweekday(), tuple(start.isocalendar()), start.toordinal(), start.replace(day=31))
# monthly schedule clamped to month end
sched = []
for i in range(6):
    y, m = divmod(start.month - 1 + i, 12)
    y += start.year
    m += 1
    d = min(start.day, calendar.monthrange(y, m)[1])
    sched.append(date(y, m, d))
print([d.isoformat() for d in sched])


def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


print(business_days(date(2024, 3, 1), date(2024, 4, 1)), (date(2024, 12, 25) - date(2024, 1, 1)).days)
dt = datetime(2023, 10, 29, 1, 30, tzinfo=timezone.utc)
print(dt, dt.isoformat(), dt.astimezone(timezone(timedelta(hours=5, minutes=30))), dt.timestamp())
print(dt.strftime("%Y-%m-%d %H:%M:%S %Z %a %b %I%p %U %W"), datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"))
td = timedelta(days=3, hours=25, minutes=61, seconds=3661, microseconds=1500)
print(td, td.total_seconds(), td.days, td.seconds, td // timedelta(hours=1), td % timedelta(hours=1), -td, abs(-td))
print(timedelta(weeks=1) / 7, timedelta(hours=1) * 2.5, repr(timedelta(0, 1, 2)), timedelta.max)
print(datetime(2020, 2, 29) + timedelta(days=365), datetime.combine(date(2000, 1, 1), time(12, 30)), time(23, 59, 59, 999999))
print(sorted([date(2022, 5, 1), date(2021, 5, 1), date(2022, 1, 1)]), max(dt, datetime(2024, 1, 1, tzinfo=timezone.utc)))
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.month_name[2], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(date.fromisoformat("2024-02-29"), datetime.fromisoformat("2024-02-29T12:00:00+02:00"), date(2024, 2, 29).ctime())

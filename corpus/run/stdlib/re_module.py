# features: [import, stdlib-re]
# stages: [run]
# flags: [needs-stdlib]
import re
m = re.match(r"(\w+) (\d+)", "hello 42 world")
print(m.group(1), m.group(2), m.span())
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", "-", "a  b   c"))
print(re.split(r"[,;]", "x,y;z"))

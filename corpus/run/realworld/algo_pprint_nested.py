# features: [pprint, realworld]
# stages: [run]
# flags: [needs-stdlib]
# pprint of nested configuration-like structures, dataclasses and wide/narrow layouts.
import pprint
from dataclasses import dataclass, field
from collections import namedtuple

Server = namedtuple("Server", "host port tags")


@dataclass
class Service:
    name: str
    replicas: int
    env: dict = field(default_factory=dict)
    servers: list = field(default_factory=list)


config = {
    "version": 3,
    "services": {
        "web": {"image": "nginx:1.25", "ports": ["80:80", "443:443"], "depends_on": ["api", "cache"],
                "environment": {"WORKERS": "4", "LOG_LEVEL": "info", "ALLOWED_HOSTS": "example.com,www.example.com"}},
        "api": {"build": {"context": "./api", "args": {"PYTHON": "3.11"}}, "replicas": 3},
        "cache": {"image": "redis:7", "command": ["redis-server", "--appendonly", "yes"]},
    },
    "volumes": {"data": None, "logs": {"driver": "local"}},
    "matrix": [[i * j for j in range(8)] for i in range(4)],
}
pprint.pprint(config)
pprint.pprint(config, width=120, compact=True)
pprint.pprint(config["services"], depth=2)
svc = Service("api", 3, {"A": "1" * 30, "B": "2" * 30}, [Server("10.0.0.%d" % i, 8000 + i, ("a", "b")) for i in range(3)])
pprint.pprint(svc)
pprint.pprint([svc] * 2, width=60)
print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(tuple("abcdefghijklmnopqrstuvwxyz"), width=50, compact=True))
print(pprint.pformat({"k%02d" % i: list(range(i)) for i in range(6)}, sort_dicts=False, width=40))
pp = pprint.PrettyPrinter(indent=2, width=30, underscore_numbers=True)
pp.pprint({"big": 12345678901234, "list": [1_000_000, 2_000_000, 3_000_000]})

# features: [realworld, stdlib-json, stdlib-dataclasses]
# stages: [run]
# flags: [needs-stdlib]
import json, sys
from dataclasses import dataclass, field, asdict
from typing import List, Optional

CONFIG = '''
{
  "service": "orders",
  "version": "2.3.1",
  "replicas": 3,
  "endpoints": [
    {"path": "/orders", "methods": ["GET", "POST"], "auth": true},
    {"path": "/orders/{id}", "methods": ["GET", "PUT", "DELETE"], "auth": true},
    {"path": "/health", "methods": ["GET"], "auth": false, "timeout": 0.5}
  ],
  "database": {"host": "db.local", "port": 5432, "pool": {"min": 2, "max": 10}}
}
'''

@dataclass
class Endpoint:
    path: str
    methods: List[str]
    auth: bool = True
    timeout: Optional[float] = None

@dataclass
class Service:
    service: str
    version: str
    replicas: int
    endpoints: List[Endpoint] = field(default_factory=list)
    database: dict = field(default_factory=dict)
    @classmethod
    def from_json(cls, text):
        raw = json.loads(text)
        raw["endpoints"] = [Endpoint(**e) for e in raw["endpoints"]]
        return cls(**raw)
    def validate(self):
        errors = []
        if self.replicas < 1: errors.append("replicas must be >= 1")
        major, minor, patch = map(int, self.version.split("."))
        if not self.endpoints: errors.append("no endpoints")
        for e in self.endpoints:
            bad = set(e.methods) - {"GET", "POST", "PUT", "DELETE", "PATCH"}
            if bad: errors.append(f"{e.path}: bad methods {sorted(bad)}")
        return errors

svc = Service.from_json(CONFIG)
print(svc.service, svc.version, svc.replicas, len(svc.endpoints))
print(svc.endpoints[2])
print(svc.validate())
print(json.dumps(asdict(svc), indent=2, sort_keys=True))
svc.endpoints.append(Endpoint("/x", ["FETCH", "GET", "YANK"]))
print(svc.validate())
routes = {m: [e.path for e in svc.endpoints if m in e.methods] for m in ["GET", "POST", "DELETE"]}
print(json.dumps(routes))
try:
    Service.from_json('{"service": "x"}')
except TypeError as e:
    print("TypeError:", e)
try:
    Service.from_json('{"service": "x", "version": "1.2", "replicas": 1, "endpoints": [{"path": "/", "methods": [], "extra": 1}]}')
except TypeError as e:
    print("TypeError:", e)
json.dump({"status": "ok", "count": len(svc.endpoints)}, sys.stdout); print()

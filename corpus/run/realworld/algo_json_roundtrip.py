# features: [json, dataclasses, realworld]
# stages: [run]
# flags: [needs-stdlib]
# JSON round trips of domain objects with custom encoders/decoders and an uncaught decode error.
import json
from dataclasses import dataclass, asdict, field
from datetime import date
from enum import Enum


class Kind(Enum):
    BOOK = "book"
    DVD = "dvd"


@dataclass
class Item:
    sku: str
    kind: Kind
    price_cents: int
    added: date
    tags: list = field(default_factory=list)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Kind):
            return {"$enum": o.value}
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        if isinstance(o, Item):
            return {"$item": asdict(o)}
        return super().default(o)


def hook(d):
    if "$enum" in d:
        return Kind(d["$enum"])
    if "$date" in d:
        return date.fromisoformat(d["$date"])
    if "$item" in d:
        return Item(**d["$item"])
    return d


items = [Item("b-1", Kind.BOOK, 1299, date(2023, 5, 1), ["scifi"]), Item("d-9", Kind.DVD, 599, date(2022, 12, 24))]
text = json.dumps({"items": items, "count": len(items)}, cls=Enc, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back["items"] == items, back["items"][0])
compact = json.dumps(items, cls=Enc, separators=(",", ":"))
print(len(compact), compact[:80])
with open(__file__, encoding="utf-8") as f:
    first = f.readline()
print(json.dumps(first), json.dumps({"ü": "é"}, ensure_ascii=False), json.dumps(["\u2028"]))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9"}'))
bad = '{"items": [{"sku": "x", "price": 12,}]}'
json.loads(bad)

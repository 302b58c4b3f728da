# features: [realworld, stdlib-argparse, stdlib-json]
# stages: [run]
# flags: [needs-stdlib]
import argparse, json, io, sys, textwrap
from datetime import date

class TodoStore:
    def __init__(self):
        self.items = []; self.next_id = 1
    def add(self, title, priority="normal", due=None):
        item = {"id": self.next_id, "title": title, "priority": priority, "due": due, "done": False}
        self.items.append(item); self.next_id += 1; return item
    def complete(self, ident):
        for it in self.items:
            if it["id"] == ident:
                it["done"] = True; return it
        raise LookupError(f"no todo with id {ident}")
    def listing(self, show_all=False):
        rows = [it for it in self.items if show_all or not it["done"]]
        order = {"high": 0, "normal": 1, "low": 2}
        return sorted(rows, key=lambda it: (order[it["priority"]], it["due"] or "9999", it["id"]))

def make_parser():
    p = argparse.ArgumentParser(prog="todo", formatter_class=argparse.RawDescriptionHelpFormatter,
                                description=textwrap.dedent("""\
                                    A tiny todo manager.
                                      examples:
                                        todo add "buy milk" -p high
                                        todo done 1"""))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    a = sub.add_parser("add", help="add a todo")
    a.add_argument("title")
    a.add_argument("-p", "--priority", choices=("low", "normal", "high"), default="normal")
    a.add_argument("--due", type=date.fromisoformat, help="due date YYYY-MM-DD")
    d = sub.add_parser("done", help="complete a todo")
    d.add_argument("id", type=int)
    l = sub.add_parser("list", help="list todos")
    l.add_argument("-a", "--all", action="store_true")
    l.add_argument("--json", action="store_true")
    return p

store = TodoStore(); parser = make_parser()
script = [["add", "buy milk", "-p", "high"], ["add", "write report", "--due", "2024-03-01"],
          ["add", "call mom", "-p", "low"], ["add", "fix bug", "-p", "high", "--due", "2024-02-10"],
          ["done", "1"], ["list"], ["list", "--all", "--json"], ["done", "9"],
          ["add", "x", "--due", "tomorrow"], ["add", "y", "-p", "urgent"], []]
for argv in script:
    print("$ todo", " ".join(argv))
    err = io.StringIO()
    try:
        sys.stderr = err
        ns = parser.parse_args(argv)
    except SystemExit as e:
        sys.stderr = sys.__stderr__
        print(f"[exit {e.code}]", err.getvalue().strip().splitlines()[-1])
        continue
    finally:
        sys.stderr = sys.__stderr__
    if ns.command == "add":
        it = store.add(ns.title, ns.priority, ns.due.isoformat() if ns.due else None)
        print(f"added #{it['id']}")
    elif ns.command == "done":
        try:
            print("completed:", store.complete(ns.id)["title"])
        except LookupError as e:
            print("error:", e)
    elif ns.command == "list":
        rows = store.listing(ns.all)
        if ns.json:
            print(json.dumps(rows, indent=1))
        else:
            for it in rows:
                print(f"{it['id']:>3} [{'x' if it['done'] else ' '}] {it['title']:<15} {it['priority']:<7} {it['due'] or '-'}")
    else:
        parser.print_help()

# features: [realworld, classes, exceptions]
# stages: [run]
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()^])|([A-Za-z_]\w*))")

class ParseError(Exception):
    pass

def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character {s[pos]!r} at {pos}")
        num, op, name = m.groups()
        if num: out.append(("NUM", float(num) if "." in num else int(num)))
        elif op: out.append(("OP", op))
        else: out.append(("NAME", name))
        pos = m.end()
    out.append(("EOF", None))
    return out

class Parser:
    def __init__(self, text, env):
        self.toks = tokenize(text); self.i = 0; self.env = env
    def peek(self): return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, v):
        t = self.take()
        if t[1] != v: raise ParseError(f"expected {v!r}, got {t[1]!r}")
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]; r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]; r = self.factor()
            if op == "*": v *= r
            elif op == "/": v /= r
            else: v %= r
        return v
    def factor(self):
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]; v = self.factor()
            return -v if op == "-" else v
        return self.power()
    def power(self):
        b = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take(); return b ** self.factor()
        return b
    def atom(self):
        kind, val = self.take()
        if kind == "NUM": return val
        if kind == "NAME":
            if self.peek()[1] == "(":
                self.take(); a = self.expr(); self.expect(")")
                return {"abs": abs, "sq": lambda x: x * x}[val](a)
            try:
                return self.env[val]
            except KeyError:
                raise ParseError(f"unknown name {val}") from None
        if val == "(":
            v = self.expr(); self.expect(")"); return v
        raise ParseError(f"unexpected {val!r}")
    def parse(self):
        v = self.expr()
        if self.peek()[0] != "EOF": raise ParseError(f"trailing {self.peek()[1]!r}")
        return v

env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 4 + x",
            "abs(-7.5) + sq(x)", "pi * 2", "1 / 0", "2 +", "3 $ 4", "y + 1", "(1 + 2", "1 2"]:
    try:
        print(f"{src:<20} = {Parser(src, env).parse()!r}")
    except ParseError as e:
        print(f"{src:<20} ! {e}")
    except ZeroDivisionError as e:
        print(f"{src:<20} ! {type(e).__name__}: {e}")

# features: [benchmark, parsing, realworld]
# stages: [run]
# flags: [needs-stdlib]
# A small SQL tokenizer and recursive-descent expression parser (sqlglot-like workload).
import enum
from dataclasses import dataclass


class TT(enum.Enum):
    NUMBER = enum.auto()
    STRING = enum.auto()
    IDENT = enum.auto()
    KEYWORD = enum.auto()
    OP = enum.auto()
    COMMA = enum.auto()
    LPAREN = enum.auto()
    RPAREN = enum.auto()
    STAR = enum.auto()
    EOF = enum.auto()


KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "AS", "ORDER", "BY", "GROUP", "LIMIT", "IN", "IS", "NULL"}


@dataclass
class Token:
    type: TT
    text: str
    pos: int


class TokenizeError(Exception):
    pass


def tokenize(sql):
    i, out = 0, []
    while i < len(sql):
        c = sql[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(sql) and (sql[j].isdigit() or sql[j] == "."):
                j += 1
            out.append(Token(TT.NUMBER, sql[i:j], i))
            i = j
        elif c == "'":
            j = i + 1
            while j < len(sql) and sql[j] != "'":
                j += 1
            if j >= len(sql):
                raise TokenizeError(f"unterminated string at {i}")
            out.append(Token(TT.STRING, sql[i + 1:j], i))
            i = j + 1
        elif c.isalpha() or c == "_":
            j = i
            while j < len(sql) and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            word = sql[i:j]
            out.append(Token(TT.KEYWORD if word.upper() in KEYWORDS else TT.IDENT, word, i))
            i = j
        elif sql.startswith(("<=", ">=", "<>", "!="), i):
            out.append(Token(TT.OP, sql[i:i + 2], i))
            i += 2
        elif c in "=<>+-/":
            out.append(Token(TT.OP, c, i))
            i += 1
        else:
            kind = {",": TT.COMMA, "(": TT.LPAREN, ")": TT.RPAREN, "*": TT.STAR}.get(c)
            if kind is None:
                raise TokenizeError(f"unexpected {c!r} at {i}")
            out.append(Token(kind, c, i))
            i += 1
    out.append(Token(TT.EOF, "", len(sql)))
    return out


class Parser:
    PREC = {"OR": 1, "AND": 2, "=": 3, "<>": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6}

    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect_kw(self, kw):
        t = self.take()
        if t.type != TT.KEYWORD or t.text.upper() != kw:
            raise SyntaxError(f"expected {kw} at {t.pos}, got {t.text!r}")

    def op_of(self, t):
        if t.type in (TT.OP, TT.STAR):
            return t.text
        if t.type == TT.KEYWORD and t.text.upper() in ("AND", "OR"):
            return t.text.upper()
        return None

    def expr(self, min_prec=0):
        left = self.atom()
        while True:
            op = self.op_of(self.peek())
            if op is None or self.PREC[op] < min_prec:
                return left
            self.take()
            right = self.expr(self.PREC[op] + 1)
            left = (op, left, right)

    def atom(self):
        t = self.take()
        if t.type == TT.NUMBER:
            return float(t.text) if "." in t.text else int(t.text)
        if t.type == TT.STRING:
            return ("str", t.text)
        if t.type == TT.IDENT:
            if self.peek().type == TT.LPAREN:
                self.take()
                args = [] if self.peek().type == TT.RPAREN else [self.expr()]
                while self.peek().type == TT.COMMA:
                    self.take()
                    args.append(self.expr())
                self.take()
                return ("call", t.text.lower(), args)
            return ("col", t.text)
        if t.type == TT.STAR:
            return ("star",)
        if t.type == TT.LPAREN:
            e = self.expr()
            self.take()
            return e
        if t.type == TT.KEYWORD and t.text.upper() == "NOT":
            return ("not", self.expr(3))
        raise SyntaxError(f"unexpected token {t.text!r} at {t.pos}")

    def select(self):
        self.expect_kw("SELECT")
        cols = [self.expr()]
        while self.peek().type == TT.COMMA:
            self.take()
            cols.append(self.expr())
        self.expect_kw("FROM")
        table = self.take().text
        where = None
        if self.peek().type == TT.KEYWORD and self.peek().text.upper() == "WHERE":
            self.take()
            where = self.expr()
        return {"cols": cols, "from": table, "where": where}


queries = [
    "SELECT a, b + 1, count(*) FROM t WHERE a > 10 AND b <> 'x'",
    "select sum(price * qty) / 2.5, name from orders where not (qty = 0 or price < 1)",
    "SELECT x FROM y WHERE x >= 1 + 2 * 3 - 4 / 2",
]
for q in queries:
    toks = tokenize(q)
    print(len(toks), [t.type.name for t in toks[:6]])
    print(Parser(toks).select())
total = 0
for _ in range(200):
    for q in queries:
        total += len(tokenize(q))
print("tokens", total)
for bad in ("SELECT 'oops FROM t", "SELECT a ; FROM t", "SELECT FROM t"):
    try:
        Parser(tokenize(bad)).select()
    except (TokenizeError, SyntaxError) as e:
        print(type(e).__name__, e)
Parser(tokenize("SELECT a FROM")).select()
print(Parser(tokenize("SELECT a b")).select())

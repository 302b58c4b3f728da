# features: [realworld, classes, descriptors, slots]
# stages: [run]
import datetime

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)

class Book:
    title = Typed(str)
    year = Typed(int)
    def __init__(self, title, author, year, isbn):
        self.title = title; self.author = author; self.year = year; self.isbn = isbn
    def __repr__(self):
        return f"<Book {self.title!r} ({self.year})>"
    def __eq__(self, o):
        return isinstance(o, Book) and self.isbn == o.isbn
    def __hash__(self):
        return hash(self.isbn)

class Member:
    __slots__ = ("name", "loans")
    def __init__(self, name):
        self.name = name; self.loans = []
    def __repr__(self):
        return f"Member({self.name})"

class Loan:
    __slots__ = ("book", "member", "due")
    def __init__(self, book, member, due):
        self.book, self.member, self.due = book, member, due

class Library:
    def __init__(self):
        self.books = {}; self.loans = {}
    def add(self, *books):
        for b in books:
            self.books.setdefault(b.isbn, [b, 0])[1] += 1
    def __len__(self):
        return sum(n for _, n in self.books.values())
    def __contains__(self, book):
        return book.isbn in self.books
    def __iter__(self):
        return (b for b, _ in self.books.values())
    def lend(self, isbn, member, today):
        entry = self.books.get(isbn)
        if entry is None or entry[1] == 0:
            raise LookupError(f"{isbn} not available")
        entry[1] -= 1
        loan = Loan(entry[0], member, today + datetime.timedelta(days=14))
        member.loans.append(loan)
        return loan
    def overdue(self, members, today):
        for m in members:
            for l in m.loans:
                if l.due < today:
                    yield m, l.book, (today - l.due).days

lib = Library()
b1 = Book("Dune", "Herbert", 1965, "111")
b2 = Book("Emma", "Austen", 1815, "222")
lib.add(b1, b2, Book("Dune", "Herbert", 1965, "111"))
print(len(lib), b1 in lib, list(lib))
try:
    b1.year = "1966"
except TypeError as e:
    print(e)
print(type(Book.title).__name__, type(Book.__dict__["year"]).__name__)
ann, ben = Member("ann"), Member("ben")
d0 = datetime.date(2024, 2, 20)
l = lib.lend("111", ann, d0)
print(l.due, l.due.isoformat(), l.due.strftime("%A %d %B %Y"), l.due.weekday())
lib.lend("111", ben, d0 + datetime.timedelta(days=3))
try:
    lib.lend("111", ben, d0)
except LookupError as e:
    print("LookupError:", e)
try:
    ann.email = "x"
except AttributeError as e:
    print(e)
print(list(lib.overdue([ann, ben], datetime.date(2024, 3, 10))))
print(Member.__slots__, hasattr(ann, "__dict__"))
print({b1, b2, Book("Dune", "?", 2000, "111")} == {b1, b2})

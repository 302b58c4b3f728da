# features: [str]
# stages: [run]
for s in ['straße', 'ΣΑΣ ΟΔΟΣ', 'İstanbul', 'ǆemal', 'ﬁne', 'ŉ', 'Ǳ', 'hello world', "they're bill's", '1st 2nd', 'ΐ']:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))

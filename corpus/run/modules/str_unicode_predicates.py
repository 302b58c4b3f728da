# features: [str-methods, unicode]
# stages: [run]
# str predicates and case mappings beyond ASCII follow Unicode 14.0 (CPython 3.11's database).
words = ['caf\u00e9', '\u00bd', '\u00b2', '\u0663\u0664', '\u4e07', '\u2167', '\u0131', '\u017f', '\u00df',
         'Stra\u00dfe', '\u13a0\u13a1', '\uab70', '\u01c5', 'x\u0301', '\U000104a0', '\U0001F600', '\u0378',
         '\U00031350', '\u037a', '\u2118', '\u00b7', '_\u00b7', '\uff21', 'I\u0307', '\u03a3\u03a3', '\u1e9e']
for w in words:
    print(ascii(w), repr(w), w.isidentifier(), w.isprintable(), w.isnumeric(), w.isdigit(), w.isdecimal(),
          w.isalpha(), w.isalnum(), w.isupper(), w.islower(), w.istitle(), ascii(w.upper()), ascii(w.lower()),
          ascii(w.casefold()), ascii(w.title()), ascii(w.swapcase()))
print(int('\u0663\u0664'), float('\u0661.5'), 'ABC\u0131'.upper(), '\u0130'.lower().encode('utf-8'))

# features: [strings]
# stages: [tokens]
'\n\t\\\'' "\x41\u0041\N{DASH}" b'\xff'

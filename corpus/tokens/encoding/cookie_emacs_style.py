# -*- mode: python; coding: iso-8859-15 -*-
# features: [encoding]
# stages: [tokens]
s = '€'

#!/usr/bin/env python
# vim: set fileencoding=iso-8859-1 :
# features: [encoding]
# stages: [tokens]
s = 'é'

# features: [errortoken, unicode]
# stages: [tokens]
x = 1
﻿y = 2

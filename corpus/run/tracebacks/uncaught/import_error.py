# features: [tracebacks, uncaught-exception]
# stages: [run]
import does_not_exist_mod

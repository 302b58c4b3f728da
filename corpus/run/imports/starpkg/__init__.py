__all__ = ["public_a", "sub_mod"]
public_a = "a"
public_b = "b"
_hidden = "h"

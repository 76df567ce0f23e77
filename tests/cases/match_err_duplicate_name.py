# A name may be captured only once in a pattern (here through a nested `as`).
match [1, [2]]:
    case [a, [b] as a]:
        pass

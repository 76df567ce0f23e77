# `case _` before other cases makes them unreachable; also inside an OR pattern.
match 1:
    case 0:
        pass
    case _ | 1:
        pass

# Where CPython 3.11 places a branch on an object's truth (`__bool__` raising): at the
# statement, conditional expression or comprehension around the test, or at the last
# comparison the test branched on. Each error happens while handling the one before, so
# the report shows every traceback.


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


a = Falsy()
x = 1

try:
    if a:
        pass
except ValueError:
    try:
        if x == 1 and a:
            pass
    except ValueError:
        try:
            while 1 and (0 or a):
                break
        except ValueError:
            try:
                y = 1 if a else 2
            except ValueError:
                try:
                    ys = [i for i in [a] if i]
                except ValueError:
                    try:
                        if x == 2:
                            pass
                        elif a:
                            pass
                    except ValueError:
                        try:
                            match x:
                                case 1 if a:
                                    pass
                        except ValueError:
                            try:
                                if (x and
                                        a):
                                    pass
                            except ValueError:
                                assert x == 1 and not x

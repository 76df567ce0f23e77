# What escapes an except* statement, uncaught: a new group without a traceback entry for
# the function it left, holding what the clause raised (with its context) and the rest.
def handle():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* KeyError:
        print("KeyError part handled")


def caller():
    handle()


print("start")
caller()

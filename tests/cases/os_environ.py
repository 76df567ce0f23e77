# os.environ as a mutable mapping kept in step with the process environment, and
# getenv / putenv / unsetenv.
import os

env = os.environ
print(type(env).__name__, isinstance(env["PATH"], str), "PATH" in env, "OSENV_NOPE" in env)
env["OSENV_A"] = "1"
print(env["OSENV_A"], os.getenv("OSENV_A"), env.get("OSENV_A"), "OSENV_A" in env)
print(os.getenv("OSENV_NOPE"), os.getenv("OSENV_NOPE", "default"), env.get("OSENV_NOPE", 0))
env["OSENV_A"] = "changed"
print(env["OSENV_A"])
del env["OSENV_A"]
print("OSENV_A" in env, os.getenv("OSENV_A"))


def attempt(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(label, type(e).__name__, e)


attempt("missing key", env.__getitem__, "OSENV_NOPE")
attempt("del missing", env.__delitem__, "OSENV_NOPE")
attempt("int key", env.__getitem__, 1)
attempt("int value", env.__setitem__, "OSENV_X", 1)
attempt("int name", env.__setitem__, 1, "x")
attempt("equals in name", env.__setitem__, "A=B", "x")
attempt("nul in value", env.__setitem__, "OSENV_X", "a\0b")
attempt("empty name", env.__setitem__, "", "x")
attempt("getenv int", os.getenv, 1)
attempt("putenv int", os.putenv, "OSENV_X", 1)
attempt("unsetenv int", os.unsetenv, 1)
attempt("pop missing", env.pop, "OSENV_NOPE")
attempt("pop default", env.pop, "OSENV_NOPE", "d")

env.update({"OSENV_B": "2"}, OSENV_C="3")
env.update([("OSENV_D", "4")])
print(env.pop("OSENV_B"), env.setdefault("OSENV_C", "x"), env.setdefault("OSENV_E", "five"))
print(sorted(k for k in env if k.startswith("OSENV_")))
print(sorted(k for k in env.keys() if k.startswith("OSENV_")))
print(sorted(v for k, v in env.items() if k.startswith("OSENV_")))
print(sorted(v for v in env.values() if v in ("3", "4", "five")))
copy = env.copy()
print(type(copy).__name__, copy["OSENV_C"], copy == dict(env), env == copy, env == {}, len(env) == len(copy))
merged = env | {"OSENV_Z": "z"}
print(type(merged).__name__, merged["OSENV_Z"], "OSENV_Z" in env)
env |= {"OSENV_Y": "y"}
print(env["OSENV_Y"], type(env).__name__, bool(env))
text = repr(env)
print(text.startswith("environ({"), text.endswith("})"), "'OSENV_Y': 'y'" in text)

# putenv/unsetenv change the process environment but not os.environ
os.putenv("OSENV_P", "p")
print(os.getenv("OSENV_P"), "OSENV_P" in env)
os.unsetenv("OSENV_P")

for key in ["OSENV_C", "OSENV_D", "OSENV_E", "OSENV_Y"]:
    del env[key]
print(sorted(k for k in env if k.startswith("OSENV_")))

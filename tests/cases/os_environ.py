# os.environ as a mutable mapping kept in step with the process environment, and
# getenv / putenv / unsetenv.
import os

env = os.environ
print(type(env).__name__, isinstance(env["PATH"], str), "PATH" in env, "TOTE_NOPE" in env)
env["TOTE_A"] = "1"
print(env["TOTE_A"], os.getenv("TOTE_A"), env.get("TOTE_A"), "TOTE_A" in env)
print(os.getenv("TOTE_NOPE"), os.getenv("TOTE_NOPE", "default"), env.get("TOTE_NOPE", 0))
env["TOTE_A"] = "changed"
print(env["TOTE_A"])
del env["TOTE_A"]
print("TOTE_A" in env, os.getenv("TOTE_A"))


def attempt(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(label, type(e).__name__, e)


attempt("missing key", env.__getitem__, "TOTE_NOPE")
attempt("del missing", env.__delitem__, "TOTE_NOPE")
attempt("int key", env.__getitem__, 1)
attempt("int value", env.__setitem__, "TOTE_X", 1)
attempt("int name", env.__setitem__, 1, "x")
attempt("equals in name", env.__setitem__, "A=B", "x")
attempt("nul in value", env.__setitem__, "TOTE_X", "a\0b")
attempt("empty name", env.__setitem__, "", "x")
attempt("getenv int", os.getenv, 1)
attempt("putenv int", os.putenv, "TOTE_X", 1)
attempt("unsetenv int", os.unsetenv, 1)
attempt("pop missing", env.pop, "TOTE_NOPE")
attempt("pop default", env.pop, "TOTE_NOPE", "d")

env.update({"TOTE_B": "2"}, TOTE_C="3")
env.update([("TOTE_D", "4")])
print(env.pop("TOTE_B"), env.setdefault("TOTE_C", "x"), env.setdefault("TOTE_E", "five"))
print(sorted(k for k in env if k.startswith("TOTE_")))
print(sorted(k for k in env.keys() if k.startswith("TOTE_")))
print(sorted(v for k, v in env.items() if k.startswith("TOTE_")))
print(sorted(v for v in env.values() if v in ("3", "4", "five")))
copy = env.copy()
print(type(copy).__name__, copy["TOTE_C"], copy == dict(env), env == copy, env == {}, len(env) == len(copy))
merged = env | {"TOTE_Z": "z"}
print(type(merged).__name__, merged["TOTE_Z"], "TOTE_Z" in env)
env |= {"TOTE_Y": "y"}
print(env["TOTE_Y"], type(env).__name__, bool(env))
text = repr(env)
print(text.startswith("environ({"), text.endswith("})"), "'TOTE_Y': 'y'" in text)

# putenv/unsetenv change the process environment but not os.environ
os.putenv("TOTE_P", "p")
print(os.getenv("TOTE_P"), "TOTE_P" in env)
os.unsetenv("TOTE_P")

for key in ["TOTE_C", "TOTE_D", "TOTE_E", "TOTE_Y"]:
    del env[key]
print(sorted(k for k in env if k.startswith("TOTE_")))

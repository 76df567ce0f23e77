# A tiny shell whose command dispatch is one match statement over split argument lists:
# literal commands, optional arguments via or-patterns of different lengths, star captures,
# guards that validate arguments, nested patterns on parsed options, and a history.
import sys

state = {"cwd": ["home"], "files": {"home": ["notes.txt", "todo.md"]}, "history": [], "vars": {}}

def parse_opts(args):
    opts, rest = {}, []
    for a in args:
        match a.split("=", 1):
            case [flag] if flag.startswith("--"):
                opts[flag[2:]] = True
            case [key, value] if key.startswith("--"):
                opts[key[2:]] = value
            case _:
                rest.append(a)
    return opts, rest

def run(line):
    state["history"].append(line)
    match line.split():
        case []:
            return ""
        case ["pwd"]:
            return "/" + "/".join(state["cwd"])
        case ["cd"] | ["cd", "~"]:
            state["cwd"] = ["home"]
            return "ok"
        case ["cd", ".."]:
            if len(state["cwd"]) > 1:
                state["cwd"].pop()
            return "ok"
        case ["cd", name] if "/" not in name:
            state["cwd"].append(name)
            state["files"].setdefault("/".join(state["cwd"]), [])
            return "ok"
        case ["cd", *_]:
            return "cd: bad arguments"
        case ["ls", *args]:
            opts, rest = parse_opts(args)
            files = sorted(state["files"].get("/".join(state["cwd"]), []), reverse=bool(opts.get("reverse")))
            match opts:
                case {"long": True, **others}:
                    return "\n".join("%-10s %3d bytes" % (f, len(f) * 10) for f in files) + ("" if not others else "  (+%s)" % ",".join(sorted(others)))
                case {"limit": str(n)} if n.isdigit():
                    return " ".join(files[:int(n)])
                case {"limit": bad}:
                    return "ls: bad limit %r" % bad
            return " ".join(files) or "(empty)"
        case ["touch", *names] if names:
            folder = state["files"].setdefault("/".join(state["cwd"]), [])
            created = 0
            for n in names:
                if n not in folder:
                    folder.append(n)
                    created += 1
            return "created %d, skipped %d" % (created, len(names) - created)
        case ["set", name, value] | ["let", name, "=", value]:
            state["vars"][name] = value
            return "%s=%s" % (name, value)
        case ["echo", *words]:
            return " ".join(state["vars"].get(w[1:], "") if w.startswith("$") else w for w in words)
        case ["history", ("-n" | "--count") as flag, n] if n.isdigit():
            return "\n".join("%3d %s" % (i, h) for i, h in list(enumerate(state["history"], 1))[-int(n):])
        case ["history"]:
            return "%d commands" % len(state["history"])
        case ["exit" | "quit" | "q"]:
            return "bye"
        case [cmd, *_]:
            return "%s: command not found" % cmd

script = ["pwd", "ls", "ls --long", "ls --reverse --limit=1", "ls --limit=x", "cd projects", "touch a.py b.py a.py",
          "ls --long --reverse", "cd a/b", "cd ..", "pwd", "set name tote", "let ver = 3.11", "echo hello $name v$ver $nope",
          "", "history -n 3", "frobnicate now", "cd", "pwd", "history", "q"]
for line in script:
    out = run(line)
    print("$ %s\n%s" % (line, out) if out else "$ %s" % line)
sys.stdout.flush()

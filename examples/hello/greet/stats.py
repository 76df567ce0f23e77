from collections_lite import counts


def summarize(names):
    letters = counts("".join(names).lower())
    top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    shown = ", ".join(f"{ch}={n}" for ch, n in top)
    return f"{len(names)} names, {sum(map(len, names))} letters; most common: {shown}"

# Conway's Game of Life on an unbounded board stored as a set of (row, col) tuples, with
# pattern loading from text, generation stepping, bounding boxes, period detection and
# a rendered frame. Sets of tuples are only printed sorted.
PATTERNS = {
    "glider": """
.#.
..#
###
""",
    "blinker": "###",
    "toad": """
.###
###.
""",
    "beacon": """
##..
##..
..##
..##
""",
    "r_pentomino": """
.##
##.
.#.
""",
}

def parse(text, origin=(0, 0)):
    cells = set()
    rows = [line for line in text.strip("\n").splitlines()]
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r + origin[0], c + origin[1]))
    return frozenset(cells)

def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

def step(cells):
    counts = {}
    for cell in cells:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return frozenset(cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in cells))

def bbox(cells):
    if not cells:
        return None
    rows = [r for r, _ in cells]
    cols = [c for _, c in cells]
    return (min(rows), min(cols), max(rows), max(cols))

def render(cells, box=None):
    box = box or bbox(cells)
    if box is None:
        return "(empty)"
    r0, c0, r1, c1 = box
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))

def normalise(cells):
    r0, c0, _, _ = bbox(cells)
    return frozenset((r - r0, c - c0) for r, c in cells)

def find_period(cells, limit=40):
    seen = {normalise(cells): 0}
    for gen in range(1, limit + 1):
        cells = step(cells)
        if not cells:
            return "dies at generation %d" % gen
        key = normalise(cells)
        if key in seen:
            moved = bbox(cells)[:2]
            return "period %d (first seen at %d), now at %s" % (gen - seen[key], seen[key], moved)
        seen[key] = gen
    return "no period within %d generations, population %d" % (limit, len(cells))

for name in sorted(PATTERNS):
    cells = parse(PATTERNS[name])
    print("%-12s population %2d bbox %s -> %s" % (name, len(cells), bbox(cells), find_period(cells)))

glider = parse(PATTERNS["glider"])
for gen in range(5):
    print("generation", gen, sorted(glider))
    print(render(glider, (0, 0, 4, 4)))
    glider = step(glider)

world = parse(PATTERNS["r_pentomino"], origin=(10, 10))
history = []
for gen in range(60):
    history.append(len(world))
    world = step(world)
print("r-pentomino populations:", history[:20], "...", history[-5:])
print("after 60 generations:", len(world), "cells, bbox", bbox(world))
print(render(frozenset()), step(frozenset()) == frozenset(), step(parse("#")) == frozenset())

# A sudoku solver using constraint propagation (naked singles, hidden singles) plus
# backtracking with the minimum-remaining-values heuristic, on grids given as strings; the
# search statistics and rendered grids are printed. Peer sets are
# sorted lists so the elimination order (and the statistics) does not depend on str hashing.
PUZZLES = {
    "easy": "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "harder": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "invalid": "55..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
}
ROWS = "ABCDEFGHI"
COLS = "123456789"
CELLS = [r + c for r in ROWS for c in COLS]
UNITS = ([[r + c for c in COLS] for r in ROWS] + [[r + c for r in ROWS] for c in COLS] +
         [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
PEERS = {cell: sorted(set().union(*[set(u) for u in UNITS if cell in u]) - {cell}) for cell in CELLS}
UNITS_OF = {cell: [u for u in UNITS if cell in u] for cell in CELLS}

class Contradiction(Exception):
    pass

def assign(values, cell, digit, stats):
    for other in values[cell].replace(digit, ""):
        eliminate(values, cell, other, stats)
    return values

def eliminate(values, cell, digit, stats):
    if digit not in values[cell]:
        return
    values[cell] = values[cell].replace(digit, "")
    stats["eliminations"] += 1
    if not values[cell]:
        raise Contradiction("no candidates left for %s" % cell)
    if len(values[cell]) == 1:
        only = values[cell]
        for peer in PEERS[cell]:
            eliminate(values, peer, only, stats)
    for unit in UNITS_OF[cell]:
        places = [c for c in unit if digit in values[c]]
        if not places:
            raise Contradiction("no place for %s in unit of %s" % (digit, cell))
        if len(places) == 1 and len(values[places[0]]) > 1:
            assign(values, places[0], digit, stats)

def parse(grid):
    values = {cell: COLS for cell in CELLS}
    stats = {"eliminations": 0, "guesses": 0, "backtracks": 0}
    for cell, ch in zip(CELLS, grid):
        if ch in COLS:
            assign(values, cell, ch, stats)
    return values, stats

def search(values, stats):
    if all(len(v) == 1 for v in values.values()):
        return values
    cell = min((c for c in CELLS if len(values[c]) > 1), key=lambda c: (len(values[c]), c))
    for digit in values[cell]:
        stats["guesses"] += 1
        trial = dict(values)
        try:
            return search(assign(trial, cell, digit, stats), stats)
        except Contradiction:
            stats["backtracks"] += 1
    raise Contradiction("dead end at %s" % cell)

def render(values):
    lines = []
    for i, r in enumerate(ROWS):
        if i in (3, 6):
            lines.append("------+-------+------")
        row = ""
        for j, c in enumerate(COLS):
            if j in (3, 6):
                row += "| "
            v = values[r + c]
            row += (v if len(v) == 1 else ".") + " "
        lines.append(row.rstrip())
    return "\n".join(lines)

def valid(values):
    return all(sorted(values[c] for c in unit) == list(COLS) for unit in UNITS)

for name, grid in PUZZLES.items():
    try:
        values, stats = parse(grid)
        after_propagation = sum(len(v) == 1 for v in values.values())
        solved = search(values, stats)
        print(name, "solved:", valid(solved), "| fixed by propagation:", after_propagation, "|", stats)
        if name == "easy":
            print(render(solved))
        else:
            print("".join(solved[c] for c in CELLS))
    except Contradiction as e:
        print(name, "Contradiction:", e)
print(len(UNITS), len(PEERS["A1"]), sorted(PEERS["E5"])[:5])

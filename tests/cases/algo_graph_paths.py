# Graph algorithms over a text map: BFS shortest path on a grid maze, Dijkstra with a
# hand-written heap on weighted terrain, A* with Manhattan distance, and path rendering.
MAZE = """
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
.####...#.
""".strip().splitlines()

COST = {".": 1, "S": 1, "E": 1, "~": 5, "^": 9}
TERRAIN = """
S..~~~....
.^^~~~.^^.
.^.....^..
.^^^~^^^.^
....~....E
""".strip().splitlines()

def find(grid, ch):
    for r, row in enumerate(grid):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
    raise ValueError("no %r in grid" % ch)

def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield (nr, nc)

def bfs(grid, start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for pos in frontier:
            if pos == goal:
                path = []
                while pos is not None:
                    path.append(pos)
                    pos = prev[pos]
                return path[::-1], len(prev)
            for n in neighbours(grid, pos):
                if n not in prev:
                    prev[n] = pos
                    nxt.append(n)
        frontier = nxt
    return None, len(prev)

class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i and items[(i - 1) // 2] > items[i]:
            items[(i - 1) // 2], items[i] = items[i], items[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(items)]
            if not kids:
                break
            k = min(kids, key=lambda k: items[k])
            if items[k] >= items[i]:
                break
            items[k], items[i] = items[i], items[k]
            i = k
        return top
    def __bool__(self):
        return bool(self.items)

def search(grid, start, goal, heuristic):
    best = {start: 0}
    prev = {start: None}
    heap = Heap()
    heap.push((heuristic(start), 0, start))
    expanded = 0
    while heap:
        _, cost, pos = heap.pop()
        if cost > best[pos]:
            continue
        expanded += 1
        if pos == goal:
            path = []
            while pos:
                path.append(pos)
                pos = prev[pos]
            return cost, path[::-1], expanded
        for n in neighbours(grid, pos):
            new = cost + COST[grid[n[0]][n[1]]]
            if new < best.get(n, float("inf")):
                best[n] = new
                prev[n] = pos
                heap.push((new + heuristic(n), new, n))
    return None, [], expanded

def render(grid, path):
    rows = [list(row) for row in grid]
    for r, c in path[1:-1]:
        rows[r][c] = "*"
    return "\n".join("".join(row) for row in rows)

start, goal = find(MAZE, "S"), find(MAZE, "E")
path, visited = bfs(MAZE, start, goal)
print("BFS steps:", len(path) - 1, "visited:", visited)
print(render(MAZE, path))
blocked = [row.replace("E", "#") for row in MAZE[:-2]] + MAZE[-2:]
print("blocked maze:", bfs(blocked, start, (0, 9)))

start, goal = find(TERRAIN, "S"), find(TERRAIN, "E")
manhattan = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
cost_d, path_d, exp_d = search(TERRAIN, start, goal, lambda p: 0)
cost_a, path_a, exp_a = search(TERRAIN, start, goal, manhattan)
print("dijkstra cost", cost_d, "expanded", exp_d, "| A* cost", cost_a, "expanded", exp_a, "| same path:", path_d == path_a)
print(render(TERRAIN, path_a))
try:
    find(TERRAIN, "X")
except ValueError as e:
    print(type(e).__name__, e)

"""A text adventure state machine driven by a fixed script, parsed with match statements."""
import sys
from collections import namedtuple, Counter

Exit = namedtuple("Exit", "direction target locked_by", defaults=(None,))


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Item:
    __match_args__ = ("name", "weight")

    def __init__(self, name, weight=1, *, usable_on=None, light=False):
        self.name = name
        self.weight = weight
        self.usable_on = usable_on
        self.light = light

    def __repr__(self):
        return f"Item({self.name!r})"

    def __eq__(self, other):
        if isinstance(other, str):
            return self.name == other
        return isinstance(other, Item) and other.name == self.name

    def __hash__(self):
        return hash(self.name)


class Room:
    def __init__(self, name, desc, *, dark=False):
        self.name, self.desc, self.dark = name, desc, dark
        self.exits = {}
        self.items = []
        self.visits = 0

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = Exit(direction, other, locked_by)
        if back:
            other.exits[back] = Exit(back, self, locked_by)
        return self

    def __contains__(self, name):
        return any(i.name == name for i in self.items)

    def take(self, name):
        for i, item in enumerate(self.items):
            if item.name == name:
                return self.items.pop(i)
        raise KeyError(name)


class Player:
    MAX_WEIGHT = 7

    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.history = Counter()

    @property
    def load(self):
        return sum(i.weight for i in self.inventory)

    def has_light(self):
        return any(i.light for i in self.inventory)

    def holding(self, name):
        return next((i for i in self.inventory if i.name == name), None)


def build_world():
    hall = Room("hall", "A dusty hall.")
    library = Room("library", "Shelves of rotting books.")
    cellar = Room("cellar", "Damp stone walls.", dark=True)
    vault = Room("vault", "Gold glitters everywhere!")
    garden = Room("garden", "Overgrown roses.")
    hall.connect("north", library, "south").connect("down", cellar, "up").connect("east", garden, "west")
    cellar.connect("east", vault, "west", locked_by="key")
    hall.items += [Item("lamp", 2, light=True), Item("anvil", 9)]
    library.items += [Item("book", 1), Item("note", 0)]
    cellar.items += [Item("key", 1, usable_on="vault")]
    garden.items += [Item("rose", 0), Item("shovel", 3)]
    vault.items += [Item("gold", 4)]
    return hall


ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


def describe(player):
    room = player.room
    if room.dark and not player.has_light():
        return "It is pitch dark."
    lines = [f"[{room.name}] {room.desc}"]
    if room.items:
        lines.append("You see: " + ", ".join(sorted(i.name for i in room.items)))
    lines.append("Exits: " + " ".join(sorted(room.exits)))
    return "\n".join(lines)


def step(player, command):
    words = command.lower().split()
    player.moves += 1
    match words:
        case []:
            return "Say something."
        case ["look" | "l"]:
            return describe(player)
        case ["go", direction] | [direction] if ALIASES.get(direction, direction) in player.room.exits:
            direction = ALIASES.get(direction, direction)
            ex = player.room.exits[direction]
            if ex.locked_by and not player.holding(ex.locked_by):
                return f"The way {direction} is locked."
            player.room = ex.target
            ex.target.visits += 1
            player.history[ex.target.name] += 1
            return describe(player)
        case ["go", direction]:
            return f"You can't go {direction}."
        case ["take" | "get", "all"]:
            taken = []
            for item in list(player.room.items):
                if player.load + item.weight <= Player.MAX_WEIGHT:
                    player.inventory.append(player.room.take(item.name))
                    taken.append(item.name)
            return f"Taken: {', '.join(taken) or 'nothing'}."
        case ["take" | "get", name]:
            if player.room.dark and not player.has_light():
                return "You fumble in the dark."
            if name not in player.room:
                return f"No {name} here."
            item = player.room.take(name)
            if player.load + item.weight > Player.MAX_WEIGHT:
                player.room.items.append(item)
                return f"The {name} is too heavy (load {player.load}/{Player.MAX_WEIGHT})."
            player.inventory.append(item)
            return f"Taken {name}."
        case ["drop", name]:
            item = player.holding(name)
            if item is None:
                return f"You don't have {name}."
            player.inventory.remove(item)
            player.room.items.append(item)
            return f"Dropped {name}."
        case ["inventory" | "i"]:
            inv = ", ".join(f"{i.name}({i.weight})" for i in player.inventory) or "empty"
            return f"Carrying: {inv} [load {player.load}]"
        case ["read", "book" | "note" as what] if player.holding(what):
            return {"book": "It says: the key lies below.", "note": "Dig in the garden."}[what]
        case ["dig"] if player.room.name == "garden":
            if player.holding("shovel"):
                player.score += 5
                return "You find nothing but worms. (+5)"
            return "With your hands?"
        case ["score"]:
            return f"Score {player.score} in {player.moves} moves"
        case ["quit" | "exit", *_]:
            raise GameOver(False, "quit")
        case [verb, *rest] if verb in ("use", "open"):
            target = rest[-1] if rest else "?"
            return f"You {verb} {' '.join(rest) or 'nothing'}... nothing happens to {target}."
        case _:
            return f"I don't understand {command!r}."


def check_win(player):
    match player:
        case Player(room=Room(name="vault")) if player.holding("gold"):
            raise GameOver(True, "rich!")
        case _:
            return None


SCRIPT = """
look
take anvil
take lamp
get all
i
n
read book
read note
drop note
s
go east
dig
take shovel
dig
drop shovel
e
go nowhere
open the door
dance wildly

score
w
down
take key
e
take gold
drop book
take gold
quit now
""".strip("\n").split("\n")


def main():
    player = Player(build_world())
    print(describe(player))
    try:
        for n, command in enumerate(SCRIPT, 1):
            print(f"\n{n:02d}> {command}")
            print(step(player, command))
            check_win(player)
    except GameOver as g:
        print(f"\n*** game over: {'won' if g.won else 'lost'} ({g}) after {player.moves} moves")
    else:
        print("\nscript ended")
    print("visits:", sorted(player.history.items()), player.history.most_common(1))
    print("inventory:", player.inventory, Item("lamp") in player.inventory, "lamp" in player.inventory)
    match Item("gold", 4):
        case Item("gold", w) if w > 3:
            print("heavy gold", w)
    match {"cmd": "move", "args": [1, 2], "extra": True}:
        case {"cmd": "move", "args": [x, y], **rest}:
            print("move to", x, y, "rest", rest)


main()

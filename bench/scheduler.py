"""Object-oriented task scheduler.

A little cooperative operating system: a Scheduler owns a set of Tasks of
different kinds, each with a priority and an inbox of Packets. On every
turn the scheduler scans its tasks in priority order and runs the first one
that is ready; a task does a small piece of work and usually sends a packet
on to another task, waking it up.

The pipeline is: Source -> Router -> one of several Workers -> Sink ->
back to the Source (packets are recycled from a fixed pool). Task kinds are
subclasses of Task; the workers share a template method (`step` calls the
overridden `transform`), and one worker kind extends another through
`super()`. Nearly every line is an attribute read or write or a method
call, which is what this program measures.

Usage: scheduler.py [PACKETS]   (default PACKETS = 50000)
"""
import sys


class Packet:
    """A unit of work: a small list of numbers plus bookkeeping."""

    def __init__(self, serial, size):
        self.serial = serial
        self.data = [0] * size
        self.hops = 0
        self.link = None  # next packet in whatever queue holds this one


class Queue:
    """FIFO of packets chained through their `link` attribute."""

    def __init__(self):
        self.head = None
        self.tail = None
        self.length = 0

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = packet
        else:
            self.tail.link = packet
        self.tail = packet
        self.length += 1

    def pop(self):
        packet = self.head
        if packet is not None:
            self.head = packet.link
            if self.head is None:
                self.tail = None
            packet.link = None
            self.length -= 1
        return packet

    def is_empty(self):
        return self.head is None


class Task:
    """Base class: identity, priority, inbox and the waiting flag."""

    def __init__(self, scheduler, name, priority):
        self.scheduler = scheduler
        self.name = name
        self.priority = priority
        self.inbox = Queue()
        self.waiting = False
        self.finished = False
        self.turns = 0

    def is_ready(self):
        return not self.waiting and not self.finished

    def receive(self, packet):
        self.inbox.push(packet)
        self.waiting = False

    def run(self):
        self.turns += 1
        self.step()

    def step(self):
        raise NotImplementedError(self.name)

    def send(self, packet, target):
        self.scheduler.deliver(packet, target)


class Source(Task):
    """Fills recycled packets with pseudo-random numbers and sends them out."""

    def __init__(self, scheduler, name, priority, pool, quota, target):
        super().__init__(scheduler, name, priority)
        self.free = [Packet(i, 8) for i in range(pool)]
        self.quota = quota
        self.target = target
        self.seed = 12345

    def next_random(self):
        # A small linear congruential generator (constants from Numerical Recipes).
        self.seed = (self.seed * 1664525 + 1013904223) % 4294967296
        return self.seed >> 16

    def step(self):
        # Packets that came back from the sink go back into the pool.
        while not self.inbox.is_empty():
            self.free.append(self.inbox.pop())
        if self.quota == 0:
            self.finished = True
            return
        if not self.free:
            self.waiting = True
            return
        packet = self.free.pop()
        data = packet.data
        for i in range(len(data)):
            data[i] = self.next_random()
        packet.hops = 0
        self.quota -= 1
        self.send(packet, self.target)


class Router(Task):
    """Chooses a worker for each packet from its first number."""

    def __init__(self, scheduler, name, priority, workers):
        super().__init__(scheduler, name, priority)
        self.workers = workers
        self.routed = [0] * len(workers)

    def step(self):
        packet = self.inbox.pop()
        if packet is None:
            self.waiting = True
            return
        choice = packet.data[0] % len(self.workers)
        self.routed[choice] += 1
        packet.hops += 1
        self.send(packet, self.workers[choice])


class Worker(Task):
    """Template: take a packet, transform its numbers, pass it on."""

    def __init__(self, scheduler, name, priority, forward):
        super().__init__(scheduler, name, priority)
        self.forward = forward
        self.processed = 0

    def step(self):
        packet = self.inbox.pop()
        if packet is None:
            self.waiting = True
            return
        self.transform(packet.data)
        packet.hops += 1
        self.processed += 1
        self.send(packet, self.forward)

    def transform(self, data):
        pass


class Scaler(Worker):
    """Multiplies every number by a factor, modulo a prime."""

    def __init__(self, scheduler, name, priority, forward, factor):
        super().__init__(scheduler, name, priority, forward)
        self.factor = factor

    def transform(self, data):
        for i in range(len(data)):
            data[i] = (data[i] * self.factor + i) % 65521


class Mixer(Worker):
    """Adds each number to its right neighbour (a rolling mix)."""

    def transform(self, data):
        carry = data[-1]
        for i in range(len(data)):
            carry = (carry + data[i]) % 65521
            data[i] = carry


class ScaleMixer(Scaler):
    """Scales like its parent, then mixes like a Mixer."""

    def transform(self, data):
        super().transform(data)
        Mixer.transform(self, data)


class Sink(Task):
    """Folds every packet into a checksum and returns it to the source."""

    def __init__(self, scheduler, name, priority, source):
        super().__init__(scheduler, name, priority)
        self.source = source
        self.checksum = 0
        self.count = 0

    def step(self):
        packet = self.inbox.pop()
        if packet is None:
            self.waiting = True
            return
        total = 0
        for value in packet.data:
            total += value
        self.checksum = (self.checksum * 31 + total + packet.hops) % 1000000007
        self.count += 1
        self.send(packet, self.source)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.by_name = {}
        self.deliveries = 0
        self.switches = 0

    def add(self, task):
        self.by_name[task.name] = task
        self.tasks.append(task)
        # Highest priority first; ties keep their insertion order.
        self.tasks.sort(key=lambda t: -t.priority)
        return task

    def deliver(self, packet, target):
        self.by_name[target].receive(packet)
        self.deliveries += 1

    def pick(self):
        for task in self.tasks:
            if task.is_ready():
                return task
        return None

    def run(self):
        while True:
            task = self.pick()
            if task is None:
                return
            task.run()
            self.switches += 1


def build(quota):
    s = Scheduler()
    workers = ["scale3", "scale7", "mix", "scalemix"]
    # The source has the lowest priority, so packets flow through the
    # whole pipeline before new ones are made -- except that the pool is
    # refilled in bursts whenever the sink hands packets back.
    s.add(Source(s, "source", 1, pool=6, quota=quota, target="router"))
    s.add(Router(s, "router", 5, workers))
    s.add(Scaler(s, "scale3", 3, "sink", 3))
    s.add(Scaler(s, "scale7", 4, "sink", 7))
    s.add(Mixer(s, "mix", 2, "sink"))
    s.add(ScaleMixer(s, "scalemix", 6, "sink", 11))
    s.add(Sink(s, "sink", 2, "source"))
    return s


def main():
    quota = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    s = build(quota)
    s.run()
    sink = s.by_name["sink"]
    router = s.by_name["router"]
    print(f"packets {sink.count} checksum {sink.checksum}")
    print(f"switches {s.switches} deliveries {s.deliveries}")
    print("routed " + " ".join(str(n) for n in router.routed))
    workers = [t for t in s.tasks if isinstance(t, Worker)]
    print("turns " + " ".join(f"{t.name}={t.turns}" for t in workers))


if __name__ == "__main__":
    main()

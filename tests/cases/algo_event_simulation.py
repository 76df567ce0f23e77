# A discrete-event simulation of a bank with several tellers: a hand-written linear
# congruential generator for determinism, a binary heap event queue (own implementation),
# customers with patience, and summary statistics.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2 ** 31)
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

class EventQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def push(self, time, kind, payload):
        self.counter += 1
        self.heap.append((time, self.counter, kind, payload))
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[parent] <= self.heap[i]:
                break
            self.heap[parent], self.heap[i] = self.heap[i], self.heap[parent]
            i = parent
    def pop(self):
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i = 0
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < len(self.heap) and self.heap[child] < self.heap[smallest]:
                        smallest = child
                if smallest == i:
                    break
                self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
                i = smallest
        return top
    def __len__(self):
        return len(self.heap)

class Bank:
    def __init__(self, tellers, seed):
        self.rng = LCG(seed)
        self.free = list(range(tellers))
        self.queue = []
        self.events = EventQueue()
        self.waits, self.served, self.left, self.busy_time = [], 0, 0, [0.0] * tellers
        self.log = []

    def schedule_arrivals(self, count):
        t = 0.0
        for cid in range(count):
            t += self.rng.uniform(0.5, 3.0)
            patience = self.rng.uniform(2.0, 8.0)
            self.events.push(round(t, 3), "arrive", (cid, patience))

    def run(self):
        while self.events:
            time, _, kind, payload = self.events.pop()
            getattr(self, "on_" + kind)(time, payload)

    def on_arrive(self, time, payload):
        cid, patience = payload
        self.queue.append((cid, time))
        self.events.push(round(time + patience, 3), "give_up", cid)
        self.start_service(time)

    def on_give_up(self, time, cid):
        for i, (qcid, _) in enumerate(self.queue):
            if qcid == cid:
                del self.queue[i]
                self.left += 1
                self.log.append("%7.3f customer %d left" % (time, cid))
                return

    def on_depart(self, time, payload):
        teller, cid = payload
        self.free.append(teller)
        self.free.sort()
        self.served += 1
        self.start_service(time)

    def start_service(self, time):
        while self.free and self.queue:
            teller = self.free.pop(0)
            cid, arrived = self.queue.pop(0)
            duration = self.rng.uniform(1.0, 6.0)
            self.waits.append(time - arrived)
            self.busy_time[teller] += duration
            self.events.push(round(time + duration, 3), "depart", (teller, cid))
            if cid < 6:
                self.log.append("%7.3f customer %d -> teller %d for %.2f" % (time, cid, teller, duration))

for tellers in (1, 2, 3):
    bank = Bank(tellers, seed=2024)
    bank.schedule_arrivals(40)
    bank.run()
    avg_wait = sum(bank.waits) / len(bank.waits)
    print("tellers=%d served=%d left=%d avg_wait=%.3f max_wait=%.3f busy=%s" % (
        tellers, bank.served, bank.left, avg_wait, max(bank.waits), [round(b, 1) for b in bank.busy_time]))
    if tellers == 2:
        print("\n".join(bank.log[:12]))

rng = LCG(7)
sample = [rng.randint(1, 6) for _ in range(600)]
print([sample.count(face) for face in range(1, 7)], sum(sample))
q = EventQueue()
for value in (5, 3, 9, 1, 7, 3):
    q.push(value, "k", value)
print([q.pop()[0] for _ in range(len(q))])

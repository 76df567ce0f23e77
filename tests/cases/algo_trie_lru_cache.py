# Two data structures used together like a small autocomplete service: a trie with prefix
# search, counts and deletion, fronted by an LRU cache implemented with a dict and a
# doubly linked list of keys; hit/miss statistics and eviction order are printed.
class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0

class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.words = 0
    def insert(self, word, count=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self.words += 1
        node.count += count
    def find(self, word):
        node = self.root
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self.find(word)
        return node is not None and node.count > 0
    def complete(self, prefix, limit=3):
        start = self.find(prefix)
        if start is None:
            return []
        found = []
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.count:
                found.append((-node.count, text))
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], text + ch))
        return [w for _, w in sorted(found)[:limit]]
    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if path[-1].count == 0:
            raise KeyError(word)
        path[-1].count = 0
        self.words -= 1
        for i in range(len(word), 0, -1):
            node = path[i]
            if node.count or node.children:
                break
            del path[i - 1].children[word[i - 1]]

class LRUCache:
    class _Link:
        __slots__ = ("key", "prev", "next")
        def __init__(self, key):
            self.key, self.prev, self.next = key, None, None
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.links = {}
        self.sentinel = self._Link(None)
        self.sentinel.prev = self.sentinel.next = self.sentinel
        self.hits = self.misses = 0
        self.evicted = []
    def _detach(self, link):
        link.prev.next, link.next.prev = link.next, link.prev
    def _push_front(self, link):
        link.next, link.prev = self.sentinel.next, self.sentinel
        self.sentinel.next.prev = link
        self.sentinel.next = link
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            link = self.links[key]
            self._detach(link)
            self._push_front(link)
            return self.data[key]
        self.misses += 1
        value = compute(key)
        if len(self.data) >= self.capacity:
            oldest = self.sentinel.prev
            self._detach(oldest)
            del self.data[oldest.key], self.links[oldest.key]
            self.evicted.append(oldest.key)
        link = self._Link(key)
        self._push_front(link)
        self.links[key] = link
        self.data[key] = value
        return value
    def order(self):
        keys, link = [], self.sentinel.next
        while link is not self.sentinel:
            keys.append(link.key)
            link = link.next
        return keys

trie = Trie()
corpus = "the then there these this that than thaw tea team teal ten tent tenth to too tool toy".split()
for i, word in enumerate(corpus):
    trie.insert(word, count=1 + (i * 7) % 5)
trie.insert("the", 10)
print(trie.words, "the" in trie, "th" in trie, "zebra" in trie)
print(trie.complete("th"), trie.complete("te", 5), trie.complete("to", 10), trie.complete("x"))
trie.delete("tenth")
trie.delete("to")
print(trie.words, trie.complete("ten"), trie.complete("to"), "ten" in trie, "tent" in trie)
for bad in ("tenth", "t", "nope"):
    try:
        trie.delete(bad)
    except KeyError as e:
        print("KeyError", e)

calls = []
def lookup(prefix):
    calls.append(prefix)
    return tuple(trie.complete(prefix))
cache = LRUCache(3)
for query in ["th", "te", "th", "to", "ta", "te", "th", "t", "te", "th"]:
    result = cache.get(query, lookup)
    print("%-3s -> %-30s order=%s" % (query, result, cache.order()))
print("hits", cache.hits, "misses", cache.misses, "evicted", cache.evicted, "computed", calls)

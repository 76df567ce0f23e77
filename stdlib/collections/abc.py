"""The abstract base classes for containers: `collections.abc.Iterable`, `Mapping`, …
(defined in `_collections_abc`, which `collections` itself builds on)."""

from _collections_abc import *
from _collections_abc import __all__

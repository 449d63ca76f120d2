"""Syndication: copies of one wire story across outlets, found by MinHash over word shingles.

Signatures are datasketch's ``MinHash`` values (``affine32``, seed 1), computed with numpy
directly; candidates are found by LSH banding (articles sharing one band of the signature),
whose band hashes the ledger stores so that the index survives between runs.

``matching_origins`` decides what a new article is a copy of. Many outlets covering one event write
stories that share stock phrases, names, figures and quotes, so two such stories can look 50 to
80 % alike while neither is a copy. Hence:

- a page links only to an **origin** (an article that is no copy), the one it resembles most,
  never to another copy: resemblance does not chain (A like B, B like C does not make A a copy
  of C), which once joined 2,000 distinct stories into one group;
- at most ``MAX_ORIGINS`` origins are compared, those whose groups share the most bands with
  the page, so storing stays linear when thousands of stories on one topic are candidates;
- the MinHash estimate only preselects (within ``MARGIN`` of the threshold); the decision is
  taken on the exact similarity of the two bodies' shingle sets, so that estimation noise
  (about ±0.06 at 128 values) among millions of same-topic pairs links no distinct story;
- the threshold (setting ``syndication_threshold``, 0.85) was measured: real pages and copies
  built from them (trimmed, wrapped, lightly edited) score 0.9 or more, distinct stories on one
  event 0.85 or less (``benchmarks/syndication.py``, docs/ledger.md).
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "BANDS",
    "MARGIN",
    "MAX_EXACT",
    "MAX_ORIGINS",
    "NUM_PERM",
    "ROWS",
    "Origin",
    "Signature",
    "any_near",
    "band_hashes",
    "exact_similarity",
    "matching_origins",
    "shingle_hashes",
    "signature",
    "similarity",
]

NUM_PERM = 128
# 20 bands of 5 rows (the first 100 values): a pair at Jaccard 0.7 shares a band with probability
# 0.97, at 0.5 with 0.47, so the setting's threshold (default 0.7), checked on all 128 values, decides.
BANDS = 20
ROWS = 5
SHINGLE = 3  # words per shingle
SCHEME = "affine32"  # pinned: stored signatures must keep one permutation scheme
MAX_ORIGINS = 100  # origins compared per page, those sharing the most bands first
MARGIN = 0.1  # a MinHash estimate this far below the threshold is still checked exactly
MAX_EXACT = 5  # candidates checked exactly per page, the best estimates first

_WORD_HASHES: dict[str, int] = {}  # words recur across articles: hash each once
_SHINGLE_CACHE: dict[bytes, np.ndarray] = {}


@functools.lru_cache(maxsize=1)
def _band_constants() -> tuple[Any, Any]:
    """Odd 64-bit multipliers (one per row) and salts (one per band) for ``band_hashes``."""
    import numpy as np

    multipliers = np.array(
        [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
        dtype=np.uint64,
    )[:ROWS]
    salts = np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x2545F4914F6CDD1D)
    return multipliers, salts


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[Any, Any]:
    """The ``affine32`` permutations (odd multipliers, offsets) of datasketch's ``MinHash(seed=1)``.

    Drawn here as datasketch draws them (a test holds them equal): importing datasketch loads
    scipy, 1.4 s of every ``newsledger ingest`` start-up. numpy loads on first use.
    """
    import numpy as np

    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


@dataclass(slots=True)
class Signature:
    hashvalues: np.ndarray
    size: int  # number of distinct shingles
    shingles: np.ndarray | None = None  # the shingle hashes themselves, when the body is at hand

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()  # affine32 values fit in 32 bits

    @classmethod
    def from_bytes(cls, data: bytes, size: int) -> Signature:
        import numpy as np

        return cls(np.frombuffer(data, dtype="<u4").astype("<u8"), size)


def shingle_hashes(body: str) -> np.ndarray:
    """Distinct 32-bit hashes of the body's word 3-shingles (stable across processes), as read-only uint32.

    Cached by a digest of the body (not the body: it may be megabytes): on a crowded topic the same
    few origins are checked exactly against many new pages.
    """
    key = hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    found = _SHINGLE_CACHE.get(key)
    if found is None:
        found = _SHINGLE_CACHE[key] = _shingle_hashes(body)
        if len(_SHINGLE_CACHE) > 4096:
            del _SHINGLE_CACHE[next(iter(_SHINGLE_CACHE))]  # the oldest
    return found


def _shingle_hashes(body: str) -> np.ndarray:
    import numpy as np

    words = body.lower().split()  # punctuation stays on its word: copies keep it too
    if not words:
        empty: np.ndarray = np.zeros(0, dtype=np.uint32)
        empty.flags.writeable = False
        return empty
    cache = _WORD_HASHES
    if len(cache) > 500_000:
        cache.clear()
    try:
        hashes = np.fromiter(map(cache.__getitem__, words), np.uint64, len(words))
    except KeyError:  # words not hashed yet
        for w in set(words).difference(cache):
            cache[w] = zlib.crc32(w.encode("utf-8"))
        hashes = np.fromiter(map(cache.__getitem__, words), np.uint64, len(words))
    if len(words) >= SHINGLE:
        # combine word hashes arithmetically: much faster than hashing each shingle's text
        hashes = hashes[:-2] * 0x9E3779B1 + hashes[1:-1] * 0x85EBCA77 + hashes[2:] * 0xC2B2AE3D
    # distinct values by sorting: on a few hundred values, several times faster than np.unique's hashing
    ordered = np.sort((hashes & 0xFFFFFFFF).astype(np.uint32))
    unique: np.ndarray = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
    unique.flags.writeable = False  # shared by the cache
    return unique


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch's ``affine32`` applies to each input hash."""
    import numpy as np

    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = hv ^ (hv >> np.uint32(16))
    return mixed


def signature(body: str) -> Signature:
    """The MinHash signature of a body's word 3-shingles.

    The values are those of ``datasketch.MinHash(num_perm=128, seed=1, scheme="affine32")`` fed
    the shingle hashes with ``hashfunc=int`` (a test holds them equal), computed here in one
    numpy expression: building a ``MinHash`` per body cost a fifth of the time spent storing it.
    """
    import numpy as np

    hashes = shingle_hashes(body)
    a, b = _permutations()
    values = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    if len(hashes):
        # (a * h + b) mod 2**32 per permutation, minimum over the shingles
        values = np.minimum(values, (_fmix32(hashes.reshape(-1, 1)) * a + b).min(axis=0))
    return Signature(values, len(hashes), hashes)


def band_hashes(sig: Signature) -> list[int]:
    """One signed 64-bit hash per LSH band: the band's values mixed by odd multipliers, and its number.

    Arithmetic on the stored values (not ``hash()``), so the hashes are the same in every process.
    """
    import numpy as np

    multipliers, salts = _band_constants()
    values = sig.hashvalues[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    mixed = (values * multipliers).sum(axis=1, dtype=np.uint64) ^ salts
    out: list[int] = mixed.view(np.int64).tolist()
    return out


def similarity(a: Signature, b: Signature) -> float:
    """Estimated similarity of two bodies: Jaccard, or containment when one is a trimmed copy.

    Outlets often cut a wire story's last paragraphs; the shorter body is then mostly contained
    in the longer one, which Jaccard alone under-rates. Containment is only trusted when the
    shorter body is at least half as long, so a short brief quoting a long story is not a copy.
    """
    import numpy as np

    if a.size == 0 or b.size == 0:
        return 0.0
    return _combine(float(np.mean(a.hashvalues == b.hashvalues)), a.size, b.size)


def _combine(jaccard: float, size_a: int, size_b: int) -> float:
    """Jaccard, or containment when the shorter body is at least half as long (see ``similarity``)."""
    small, large = sorted((size_a, size_b))
    if small == 0:
        return 0.0
    if small * 2 < large:
        return jaccard
    intersection = jaccard * (size_a + size_b) / (1 + jaccard)
    return max(jaccard, min(1.0, intersection / small))


def exact_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """``similarity`` computed on two bodies' shingle hashes themselves rather than estimated."""
    import numpy as np

    if len(a) == 0 or len(b) == 0:
        return 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return _combine(shared / (len(a) + len(b) - shared), len(a), len(b))


@dataclass(slots=True)
class Origin:
    """An article that is no copy, as a candidate origin of a new page (its stored signature)."""

    id: int
    published: str | None
    minhash: bytes
    size: int


def any_near(sig: Signature, others: list[Signature], threshold: float) -> bool:
    """Whether any of ``others`` may be what ``sig`` copies: an estimate within ``MARGIN`` of the threshold.

    The cheap first look, in memory: most pages are nobody's copy, and then nothing more is read.
    """
    import numpy as np

    if not others or sig.size == 0:
        return False
    values = np.stack([o.hashvalues[:NUM_PERM] for o in others]).astype(np.uint32)
    sizes = np.array([o.size for o in others], dtype=np.float64)
    return bool((_estimates(values, sizes, sig) >= threshold - MARGIN).any())


def _estimates(values: np.ndarray, sizes: np.ndarray, sig: Signature) -> np.ndarray:
    """``similarity`` of ``sig`` with each row of signature ``values`` (of bodies of ``sizes`` shingles)."""
    import numpy as np

    jaccard = (values == sig.hashvalues[:NUM_PERM].astype(np.uint32)).mean(axis=1)
    small, large = np.minimum(sizes, sig.size), np.maximum(sizes, sig.size)
    contained = np.minimum(1.0, jaccard * (sizes + sig.size) / (1 + jaccard) / np.maximum(small, 1))
    estimate: np.ndarray = np.where(small * 2 < large, jaccard, np.maximum(jaccard, contained))
    estimate[small == 0] = 0.0
    return estimate


def matching_origins(
    sig: Signature,
    origins: list[Origin],
    threshold: float,
    shingles_of: Callable[[int], np.ndarray],
    own_shingles: Callable[[], np.ndarray],
) -> list[tuple[Origin, float]]:
    """The origins a page (``sig``) resembles, with the exact similarity, the most alike first.

    ``origins`` are the candidates, most promising first (at most ``MAX_ORIGINS`` are looked at);
    ``shingles_of(id)`` gives an origin's shingle hashes and ``own_shingles()`` the page's: they are
    read only for the few (``MAX_EXACT``) best candidates whose estimate comes near the threshold.
    """
    import numpy as np

    origins = origins[:MAX_ORIGINS]
    if not origins or sig.size == 0:
        return []
    values = np.frombuffer(b"".join(o.minhash for o in origins), dtype="<u4").reshape(len(origins), NUM_PERM)
    estimate = _estimates(values, np.array([o.size for o in origins], dtype=np.float64), sig)
    near = [int(i) for i in np.argsort(-estimate, kind="stable")[:MAX_EXACT] if estimate[i] >= threshold - MARGIN]
    if not near:
        return []
    mine = sig.shingles if sig.shingles is not None else own_shingles()
    scored = [(origins[i], exact_similarity(mine, shingles_of(origins[i].id))) for i in sorted(near)]
    return sorted(((o, score) for o, score in scored if score >= threshold), key=lambda m: -m[1])

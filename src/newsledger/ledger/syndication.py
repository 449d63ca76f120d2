"""Syndication: copies of one wire story across outlets, found by MinHash over word shingles.

Signatures are datasketch's ``MinHash`` values (``affine32``, seed 1), computed with numpy
directly; candidates are found by LSH banding (articles sharing one band of the signature),
whose band hashes the ledger stores so that the index survives between runs; candidates are
then confirmed by the estimated similarity.
"""

from __future__ import annotations

import functools
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = ["BANDS", "NUM_PERM", "ROWS", "Signature", "band_hashes", "signature", "similarity"]

NUM_PERM = 128
# 20 bands of 5 rows (the first 100 values): a pair at Jaccard 0.7 shares a band with probability
# 0.97, at 0.5 with 0.47, so the setting's threshold (default 0.7), checked on all 128 values, decides.
BANDS = 20
ROWS = 5
SHINGLE = 3  # words per shingle
SCHEME = "affine32"  # pinned: stored signatures must keep one permutation scheme

_WORD_HASHES: dict[str, int] = {}  # words recur across articles: hash each once


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

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()  # affine32 values fit in 32 bits

    @classmethod
    def from_bytes(cls, data: bytes, size: int) -> Signature:
        import numpy as np

        return cls(np.frombuffer(data, dtype="<u4").astype("<u8"), size)


def _shingle_hashes(body: str) -> np.ndarray:
    """Distinct 32-bit hashes of the body's word 3-shingles (stable across processes), as uint32."""
    import numpy as np

    words = body.lower().split()  # punctuation stays on its word: copies keep it too
    if not words:
        return np.zeros(0, dtype=np.uint32)
    cache = _WORD_HASHES
    if len(cache) > 500_000:
        cache.clear()
    for w in set(words).difference(cache):
        cache[w] = zlib.crc32(w.encode("utf-8"))
    hashes = np.array([cache[w] for w in words], dtype=np.uint64)
    if len(words) >= SHINGLE:
        # combine word hashes arithmetically: much faster than hashing each shingle's text
        hashes = hashes[:-2] * 0x9E3779B1 + hashes[1:-1] * 0x85EBCA77 + hashes[2:] * 0xC2B2AE3D
    unique: np.ndarray = np.unique(hashes & 0xFFFFFFFF).astype(np.uint32)
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

    hashes = _shingle_hashes(body)
    a, b = _permutations()
    values = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    if len(hashes):
        # (a * h + b) mod 2**32 per permutation, minimum over the shingles
        values = np.minimum(values, (_fmix32(hashes.reshape(-1, 1)) * a + b).min(axis=0))
    return Signature(values, len(hashes))


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
    jaccard = float(np.mean(a.hashvalues == b.hashvalues))
    small, large = sorted((a.size, b.size))
    if small * 2 < large:
        return jaccard
    intersection = jaccard * (a.size + b.size) / (1 + jaccard)
    return max(jaccard, min(1.0, intersection / small))

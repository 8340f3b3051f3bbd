"""Which documents were already counted, in fixed memory: a Bloom filter of text hashes."""

from __future__ import annotations

from hashlib import blake2b

__all__ = ["SeenDocuments"]

_PROBES = 7


class SeenDocuments:
    """Answers "was this document seen before?" in ``size_bytes`` of memory.

    A false "yes" (about 0.2 % of answers once 10 million documents fill the default
    16 MiB) only leaves a document uncounted; a "no" is always right, so an exact duplicate
    never counts twice.
    """

    __slots__ = ("_bits", "_size")

    def __init__(self, size_bytes: int = 1 << 24) -> None:
        self._bits = bytearray(size_bytes)
        self._size = size_bytes * 8

    def add(self, site: str, text: str) -> bool:
        """Record ``text`` of ``site``; whether it was new."""
        digest = blake2b(f"{site}\0{text}".encode("utf-8", "surrogatepass"), digest_size=16)
        value = int.from_bytes(digest.digest(), "little")
        first, step = value & 0xFFFFFFFFFFFFFFFF, (value >> 64) | 1
        new = False
        bits = self._bits
        for probe in range(_PROBES):
            bit = (first + probe * step) % self._size
            byte, mask = bit >> 3, 1 << (bit & 7)
            if not bits[byte] & mask:
                bits[byte] |= mask
                new = True
        return new

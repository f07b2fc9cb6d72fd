"""Benchmarks draw their inputs from the package's deterministic samples."""

from composer.samples import make_situations

__all__ = ["make_situations"]

//! Zero-copy conversions between typed-array and ndarray (cargo feature `ndarray`).

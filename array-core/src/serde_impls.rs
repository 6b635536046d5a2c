//! `serde` support (cargo feature `serde`).

//! Reading and writing NumPy `.npy` files (cargo feature `npy`).

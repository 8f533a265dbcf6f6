//! (stage under construction: see ../mod.rs)

//! Not written yet: replaced by the example's real program.

use super::{Main, Params};

pub fn build(_p: &Params) -> Main {
    Box::pin(async {})
}

//! stub
use super::{Main, Params};
pub fn build(_p: &Params) -> Main {
    Box::pin(async {})
}

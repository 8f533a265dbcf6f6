//! The directional views of a channel: `<-chan T` ([`RecvOnly`]) and `chan<- T`
//! ([`SendOnly`]), each offering only the operations Go allows on it.

use super::close::CloseFut;
use super::handle::Chan;
use super::recv::{Next, Recv, RecvFut};
use super::send::SendFut;

/// `<-chan T`: a channel that can only be received from.
pub struct RecvOnly<T>(Chan<T>);

impl<T> Clone for RecvOnly<T> {
    fn clone(&self) -> Self {
        RecvOnly(self.0.clone())
    }
}

impl<T> RecvOnly<T> {
    pub(super) fn new(ch: Chan<T>) -> Self {
        RecvOnly(ch)
    }
}

impl<T: Default> RecvOnly<T> {
    pub fn recv(&self) -> Recv<T> {
        self.0.recv()
    }
    pub fn recv_ok(&self) -> RecvFut<T> {
        self.0.recv_ok()
    }
    pub fn next(&self) -> Next<T> {
        self.0.next()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn cap(&self) -> usize {
        self.0.cap()
    }
    /// The underlying channel, for `select` cases.
    pub fn chan(&self) -> &Chan<T> {
        &self.0
    }
}

/// `chan<- T`: a channel that can only be sent to (and closed).
pub struct SendOnly<T>(Chan<T>);

impl<T> Clone for SendOnly<T> {
    fn clone(&self) -> Self {
        SendOnly(self.0.clone())
    }
}

impl<T> SendOnly<T> {
    pub(super) fn new(ch: Chan<T>) -> Self {
        SendOnly(ch)
    }

    pub fn send(&self, v: T) -> SendFut<T> {
        self.0.send(v)
    }
    pub fn close(&self) -> CloseFut<T> {
        self.0.close()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn cap(&self) -> usize {
        self.0.cap()
    }
    pub fn chan(&self) -> &Chan<T> {
        &self.0
    }
}

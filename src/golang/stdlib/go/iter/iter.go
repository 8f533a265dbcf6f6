// Package iter: chanlab's implementation: the iterator function types, and Pull and Pull2
// run the iterator on a goroutine of its own, handing over values on unbuffered channels
// (Go runs it as a coroutine). A panic or runtime.Goexit in the iterator is passed on to the
// caller of next or stop, as in Go.
package iter

import "runtime"

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the “push-style” iterator sequence seq into a “pull-style” iterator
// accessed by the two functions next and stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	next2, stop := Pull2(func(yield func(V, struct{}) bool) {
		seq(func(v V) bool { return yield(v, struct{}{}) })
	})
	next = func() (V, bool) {
		v, _, ok := next2()
		return v, ok
	}
	return next, stop
}

// Pull2 converts the “push-style” iterator sequence seq into a “pull-style” iterator
// accessed by the two functions next and stop.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k       K
		v       V
		ok      bool
		done    bool
		started bool
		seqDone bool
		goexit  bool
		failure any
	)
	resume := make(chan bool)
	yielded := make(chan struct{})
	run := func() {
		defer func() {
			if p := recover(); p != nil {
				failure = p
			} else if !seqDone {
				goexit = true
			}
			var zk K
			var zv V
			k, v, ok, done = zk, zv, false, true
			yielded <- struct{}{}
		}()
		seq(func(k1 K, v1 V) bool {
			if done {
				return false
			}
			k, v, ok = k1, v1, true
			yielded <- struct{}{}
			return <-resume
		})
		seqDone = true
	}
	// Pass on a panic or Goexit of the iterator.
	propagate := func() {
		if failure != nil {
			panic(failure)
		}
		if goexit {
			runtime.Goexit()
		}
	}
	next = func() (K, V, bool) {
		if done {
			var zk K
			var zv V
			return zk, zv, false
		}
		if !started {
			started = true
			go run()
		} else {
			resume <- true
		}
		<-yielded
		propagate()
		return k, v, ok
	}
	stop = func() {
		if done {
			return
		}
		if !started {
			done = true
			return
		}
		resume <- false
		<-yielded
		propagate()
	}
	return next, stop
}

// Package iter: chanlab's implementation: the iterator function types, and Pull and Pull2
// run the iterator on a goroutine of its own, handing over values on unbuffered channels
// (Go runs it as a coroutine; a panic in the iterator is not passed on to next's caller).
package iter

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
	)
	resume := make(chan bool)
	yielded := make(chan struct{})
	run := func() {
		defer func() {
			var zk K
			var zv V
			k, v, ok, done = zk, zv, false, true
			yielded <- struct{}{}
		}()
		seq(func(k1 K, v1 V) bool {
			k, v, ok = k1, v1, true
			yielded <- struct{}{}
			return <-resume
		})
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
	}
	return next, stop
}

// A compare-and-swap loop from many goroutines: no increment is lost, and on one
// processor no swap ever fails (lessons-d: atomics are preemption points in parallel mode).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n, retries atomic.Int64
	var max atomic.Int32
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			for {
				old := n.Load()
				if n.CompareAndSwap(old, old+2) {
					break
				}
				retries.Add(1)
			}
			for {
				m := max.Load()
				if int32(i) <= m || max.CompareAndSwap(m, int32(i)) {
					return
				}
			}
		})
	}
	wg.Wait()
	fmt.Println(n.Load(), retries.Load(), max.Load())
	fmt.Println(n.CompareAndSwap(1, 5), n.Swap(7), n.Load())
}

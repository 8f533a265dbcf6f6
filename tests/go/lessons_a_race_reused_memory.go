// A goroutine reads a fresh object and ends with no happens-before edge back to main;
// main then allocates new objects, which may reuse the dead ones' memory. With -race
// nothing may be reported: a new allocation starts with no history (chanlab used to
// report a race against the freed object at the same address).

package main

import (
	"fmt"
	"time"
)

type record struct {
	a, b, c, d, e, f int
}

func main() {
	sum := 0
	for call := 0; call < 200; call++ {
		r := &record{f: call} // a struct in a new cell: each field has its own address
		done := make(chan bool, 1)
		go func() {
			sum2 := r.f
			_ = sum2
			done <- true
		}()
		time.Sleep(time.Millisecond) // the goroutine runs, ends, and its record is freed
		fresh := &record{}           // may reuse that memory
		fresh.e, fresh.f = 1, 2
		sum += fresh.f - fresh.e - 1
	}
	for call := 0; call < 200; call++ {
		v := new(int)
		*v = call
		done := make(chan bool, 1)
		go func() {
			sum2 := *v // read by a goroutine main never synchronises with...
			_ = sum2
			done <- true // ...its message is never received
		}()
		time.Sleep(time.Millisecond) // the goroutine runs, ends, and its memory is freed
	}
	fmt.Println("done", sum)
}

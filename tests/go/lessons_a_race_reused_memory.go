// A goroutine reads a fresh object and ends with no happens-before edge back to main;
// main then allocates new objects, which may reuse the dead ones' memory. With -race
// nothing may be reported: a new allocation starts with no history (chanlab used to
// report a race against the freed object at the same address).

package main

import (
	"fmt"
	"time"
)

func main() {
	sum := 0
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

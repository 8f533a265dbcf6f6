package main

import (
	"fmt"
	"runtime"
)

// Short-lived heap objects, each read by a goroutine that nobody waits for.
// Their memory is reused by later allocations, which are new variables:
// no race, however the addresses repeat.
func main() {
	sum := 0
	for i := range 300 {
		v := new(int)
		*v = i
		go func() {
			_ = *v
		}()
		runtime.Gosched()
		sum += i
	}
	fmt.Println(sum)
}

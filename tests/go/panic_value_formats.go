package main

import "fmt"

type Celsius float64

// Each deferred function recovers the panic in flight and panics with a value of another
// type: Go's report prints the whole chain, one line per value.
func main() {
	values := []any{float32(0.1), 1e100, complex(1, 2), uint8(7), true, Celsius(-3.5), "last"}
	for _, v := range values {
		defer func() {
			recover()
			panic(v)
		}()
	}
	fmt.Println("first panic: 1.5")
	panic(1.5)
}

package main

import "fmt"

// Merge forwards every value from every input to the returned channel and
// closes it once all inputs are closed and drained.
func Merge(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	for _, in := range inputs {
		go func() {
			defer close(out)
			for v := range in {
				out <- v
			}
		}()
	}
	return out
}

// count sends 0..n-1 on a new channel, then closes it.
func count(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

func main() {
	for v := range Merge(count(3), count(2)) {
		fmt.Println(v)
	}
}

package main

import "fmt"

// OrDone relays values from c until c is closed or done is closed, then closes the
// channel it returned.
func OrDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range c {
			out <- v
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	c := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			c <- i
		}
		// c is never closed: this producer just goes quiet.
	}()
	got := 0
	for v := range OrDone(done, c) {
		fmt.Println("got", v)
		got++
		if got == 3 {
			close(done)
		}
	}
	fmt.Println("stopped")
}

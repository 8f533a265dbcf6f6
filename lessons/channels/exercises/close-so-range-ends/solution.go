package main

import "fmt"

// Countdown sends n, n-1, ..., 1 on the channel it returns, then closes it.
func Countdown(n int) <-chan int {
	ch := make(chan int)
	go func() {
		// The sender closes: after the last value, range in the caller ends.
		defer close(ch)
		for i := n; i >= 1; i-- {
			ch <- i
		}
	}()
	return ch
}

func main() {
	for v := range Countdown(3) {
		fmt.Println(v)
	}
	fmt.Println("liftoff")
}

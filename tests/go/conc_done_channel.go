package main

import "fmt"

func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("generator stopped")
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	nums := naturals(done)
	for v := range nums {
		fmt.Println(v)
		if v == 4 {
			break
		}
	}
	close(done)
	for range nums {
	}
	fmt.Println("main done")
}

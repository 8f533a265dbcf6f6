package main

import (
	"fmt"
	"sync"
)

func generate(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	done := make(chan struct{})
	in := generate(done, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	c1 := square(done, in)
	c2 := square(done, in)
	c3 := square(done, in)
	sum := 0
	count := 0
	for v := range merge(done, c1, c2, c3) {
		sum += v
		count++
		if count == 4 {
			break
		}
	}
	close(done)
	fmt.Println("took", count, "values; sum positive:", sum > 0)

	done2 := make(chan struct{})
	total := 0
	for v := range merge(done2, square(done2, generate(done2, 1, 2, 3, 4))) {
		total += v
	}
	close(done2)
	fmt.Println("full sum of squares:", total)
}

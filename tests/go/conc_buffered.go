package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	close(ch)
	for v := range ch {
		fmt.Println("drained", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	results := make(chan string, 5)
	for i := range 5 {
		go func() { results <- fmt.Sprint("job", i) }()
	}
	for range 5 {
		fmt.Println(<-results)
	}
}

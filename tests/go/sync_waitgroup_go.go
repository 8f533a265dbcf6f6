package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Go(func() {
			results[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(results)
	var wg2 sync.WaitGroup
	wg2.Wait()
	fmt.Println("empty wait returns")
	order := make(chan int, 3)
	for i := range 3 {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			order <- n
		}(i)
	}
	wg2.Wait()
	close(order)
	for v := range order {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- i * i // nobody receives until Wait returns
		}()
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
}

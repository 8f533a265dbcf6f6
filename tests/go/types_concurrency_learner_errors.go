package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(id int) { fmt.Println(id) }

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel
	results := make(chan int)
	results <- worker(1)
	var wg sync.WaitGroup
	go func() {
		defer wg.Done
	}()
	select {
	case <-ctx.Done:
	case v := <-results, ok:
		fmt.Println(v)
	}
}

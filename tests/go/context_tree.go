package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range 4 {
		ctx, c := context.WithCancel(root)
		defer c()
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			results[i] = fmt.Sprintf("child %d: %v", i, ctx.Err())
		}()
	}
	cancel()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
